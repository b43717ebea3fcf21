using Portal.Domain.Events;

namespace Portal.Tests.Events;

/// <summary>The door: find confirmed sign-ups by name (any case), code, code prefix or scanned link; check in once; operators only.</summary>
public sealed class EventCheckInTests : IAsyncLifetime
{
    private EventWorld world = default!;

    public async Task InitializeAsync() => world = await EventWorld.CreateAsync();

    public async Task DisposeAsync() => await world.DisposeAsync();

    private EventCheckIn CheckIn => world.Database.Get<EventCheckIn>();

    [Fact]
    public async Task Finds_by_name_code_prefix_and_link_and_checks_in_once()
    {
        var eventId = await world.PublishedAsync(world.Draft(capacity: 3, maxGuests: 1));
        var m = await world.MembersAsync(3, prefix: "Chen");
        var first = await world.SignUpAsync(m[0], eventId, guests: 1);
        await world.SignUpAsync(m[1], eventId);
        await world.SignUpAsync(m[2], eventId);

        Assert.Single((await CheckIn.FindAsync(world.OperatorId, eventId, "chen 0")).Value!);
        Assert.Equal(first.SignupId, Assert.Single((await CheckIn.FindAsync(world.OperatorId, eventId, first.Code.ToLowerInvariant())).Value!).SignupId);
        Assert.Contains((await CheckIn.FindAsync(world.OperatorId, eventId, first.Code[..3])).Value!, x => x.SignupId == first.SignupId);
        Assert.Equal(first.SignupId, Assert.Single((await CheckIn.FindAsync(world.OperatorId, eventId, $"https://portal.example/events/{eventId}/checkin?code={first.Code}")).Value!).SignupId);
        Assert.DoesNotContain((await CheckIn.FindAsync(world.OperatorId, eventId, "Chen")).Value!, x => x.DisplayName == "Chen 2"); // waitlisted
        Assert.Empty((await CheckIn.FindAsync(world.OperatorId, eventId, "%")).Value!);

        await world.AtTheDoorAsync(eventId);
        var checkedIn = await CheckIn.CheckInAsync(world.OperatorId, eventId, first.SignupId);
        world.Database.Clock.Advance(TimeSpan.FromMinutes(5));
        var again = await CheckIn.CheckInAsync(world.OperatorId, eventId, first.SignupId);
        Assert.Equal(checkedIn.Value!.CheckedInAt, again.Value!.CheckedInAt);
        Assert.Equal(new CheckInCounts(2, 3, 1, 2), await CheckIn.CountAsync(eventId));

        Assert.Equal(EventProblems.Forbidden, Assert.Single((await CheckIn.CheckInAsync(world.EditorId, eventId, first.SignupId)).Problems).Code);
        Assert.Equal(EventProblems.Forbidden, Assert.Single((await CheckIn.FindAsync(m[0], eventId, "Chen")).Problems).Code);
    }
}
