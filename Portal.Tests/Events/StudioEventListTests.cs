using Portal.Domain.Events;

namespace Portal.Tests.Events;

/// <summary>
/// The Studio's events list on a real database with a fake clock: each status filter derives from the status and the
/// event's end against the clock (an event under way is still upcoming), and the title search ignores case.
/// </summary>
public sealed class StudioEventListTests : IAsyncLifetime
{
    private EventWorld world = default!;

    public async Task InitializeAsync() => world = await EventWorld.CreateAsync();

    public async Task DisposeAsync() => await world.DisposeAsync();

    [Fact]
    public async Task Filters_follow_the_status_and_the_clock_and_the_search_ignores_case()
    {
        var ended = await world.PublishedAsync(Titled("Spring drive", TimeSpan.FromHours(2)));
        var underWay = await world.PublishedAsync(Titled("Night drive", TimeSpan.FromHours(4)));
        var upcoming = await world.PublishedAsync(Titled("Coffee and cars", TimeSpan.FromDays(12)));
        var draft = (await world.Studio.CreateAsync(world.EditorId, Titled("Morning COFFEE (draft)", TimeSpan.FromDays(11)))).Value;
        var cancelled = await world.PublishedAsync(Titled("Track day", TimeSpan.FromDays(10)));
        Assert.True((await world.Studio.CancelAsync(world.EditorId, cancelled)).Succeeded);
        world.Database.Clock.Advance(TimeSpan.FromHours(5)); // the spring drive has ended, the night drive is under way

        Assert.Equal([upcoming, draft, cancelled, underWay, ended], await IdsAsync(null, null));
        Assert.Equal([draft], await IdsAsync(StudioEventFilter.Draft, null));
        Assert.Equal([upcoming, underWay], await IdsAsync(StudioEventFilter.Upcoming, null));
        Assert.Equal([ended], await IdsAsync(StudioEventFilter.Past, null));
        Assert.Equal([cancelled], await IdsAsync(StudioEventFilter.Cancelled, null));
        Assert.Equal([upcoming, draft], await IdsAsync(null, "  coffee "));
        Assert.Equal([upcoming], await IdsAsync(StudioEventFilter.Upcoming, "COFFEE"));
        Assert.Empty(await IdsAsync(StudioEventFilter.Past, "coffee"));
    }

    private EventDraft Titled(string title, TimeSpan startsIn)
    {
        var draft = world.Draft(startsIn: startsIn);
        draft.Title = title;
        return draft;
    }

    private async Task<List<int>> IdsAsync(StudioEventFilter? filter, string? search) =>
        [.. (await world.StudioReader.ListAsync(filter, search)).Select(r => r.Id)];
}
