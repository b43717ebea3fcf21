using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using Portal.Domain.Accounts;
using Portal.Domain.Events;
using Portal.Studio.Events;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Events;

/// <summary>
/// Publishing and cancelling from the Studio's event page ask first: the dialog names the event, saying no leaves the
/// event as it was, saying yes acts.
/// </summary>
public sealed class StudioConfirmationTests : PortalComponentTest
{
    private EventWorld world = null!;

    protected override async Task InitializeTestAsync()
    {
        world = await EventWorld.CreateAsync();
        Services.AddSingleton(world.Database.Get<EventStudio>());
        Services.AddSingleton(world.StudioReader);
        Services.AddSingleton(world.Database.Get<EventAttendees>());
        Services.AddSingleton(world.Database.Get<EventReader>());
        Services.AddSingleton(world.Database.Get<EventCheckIn>());
        UseViewerPreferences();
    }

    protected override Task DisposeTestAsync() => world.DisposeAsync().AsTask();

    [Fact]
    public async Task Publishing_asks_naming_the_event_and_acts_only_when_confirmed()
    {
        var draft = world.Draft();
        draft.Title = "Spring drive to Anji";
        var id = (await world.Studio.CreateAsync(world.EditorId, draft)).Value;
        var (provider, page) = await RenderAsync(id);

        await AnswerAsync(provider, page, "publish", "Publish “Spring drive to Anji”?", "Cancel");
        Assert.Equal(EventStatus.Draft, await StatusAsync(id));

        await AnswerAsync(provider, page, "publish", "Publish “Spring drive to Anji”?", "Publish");
        page.WaitForAssertion(() => Assert.Empty(page.FindAll("[data-testid=publish]")));
        Assert.Equal(EventStatus.Published, await StatusAsync(id));
    }

    [Fact]
    public async Task Cancelling_asks_naming_the_event_and_acts_only_when_confirmed()
    {
        var draft = world.Draft();
        draft.Title = "Night drive on the Bund";
        var id = await world.PublishedAsync(draft);
        var (provider, page) = await RenderAsync(id);

        await AnswerAsync(provider, page, "cancel-event", "Cancel “Night drive on the Bund”?", "Keep it");
        Assert.Equal(EventStatus.Published, await StatusAsync(id));

        await AnswerAsync(provider, page, "cancel-event", "Cancel “Night drive on the Bund”?", "Cancel event");
        page.WaitForAssertion(() => Assert.Empty(page.FindAll("[data-testid=cancel-event]")));
        Assert.Equal(EventStatus.Cancelled, await StatusAsync(id));
    }

    [Fact]
    public async Task The_event_page_counts_the_waitlist_once_in_its_numbers()
    {
        var draft = world.Draft();
        draft.WaitlistEnabled = true;
        var id = await world.PublishedAsync(draft);
        var (_, page) = await RenderAsync(id);

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=number-waitlist]")));
        Assert.NotEmpty(page.FindAll("[data-testid=seats-left-count]"));
        Assert.Empty(page.FindAll("[data-testid=waitlist-count]"));
    }

    private async Task<(IRenderedComponent<MudDialogProvider> Provider, IRenderedComponent<StudioEventPage> Page)> RenderAsync(int id)
    {
        await SignInMemberAsync(world.EditorId, "Editor", Roles.Editor);
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        Render<MudPopoverProvider>();
        var provider = Render<MudDialogProvider>();
        var page = Render<StudioEventPage>(p => p.Add(c => c.Id, id));
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("h1")));
        return (provider, page);
    }

    /// <summary>Clicks the page's button, checks the dialog's title, then clicks the dialog's button with that text.</summary>
    private static async Task AnswerAsync(IRenderedComponent<MudDialogProvider> provider, IRenderedComponent<StudioEventPage> page, string button, string title, string answer)
    {
        await page.InvokeAsync(() => page.Find($"[data-testid={button}]").Click());
        provider.WaitForAssertion(() => Assert.Contains(title, provider.Find(".mud-dialog").TextContent, StringComparison.Ordinal));
        var choice = provider.FindAll(".mud-dialog button").Single(b => b.TextContent.Trim() == answer);
        await provider.InvokeAsync(() => choice.Click());
        provider.WaitForAssertion(() => Assert.Empty(provider.FindAll(".mud-dialog")));
    }

    private async Task<EventStatus> StatusAsync(int id)
    {
        await using var db = world.Database.CreateDbContext();
        return await db.Events.Where(e => e.Id == id).Select(e => e.Status).SingleAsync();
    }
}
