using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using Portal.Domain.Accounts;
using Portal.Domain.Events;
using Portal.Studio.Events;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Events;

/// <summary>The Studio's events list reads its status filter and title words from the address and writes them back to it.</summary>
public sealed class StudioEventsPageTests : PortalComponentTest
{
    private EventWorld world = null!;

    protected override async Task InitializeTestAsync()
    {
        world = await EventWorld.CreateAsync();
        Services.AddSingleton(world.StudioReader);
        UseViewerPreferences();
    }

    protected override Task DisposeTestAsync() => world.DisposeAsync().AsTask();

    [Fact]
    public async Task The_filters_come_from_the_address_and_a_search_goes_back_to_it()
    {
        var draft = world.Draft();
        draft.Title = "Coffee morning";
        Assert.True((await world.Studio.CreateAsync(world.EditorId, draft)).Succeeded);
        var published = world.Draft(startsIn: TimeSpan.FromDays(3));
        published.Title = "Coffee and cars";
        await world.PublishedAsync(published);
        await SignInAsync("Editor", Roles.Editor);

        var cut = RenderPage("/studio/events?status=draft&q=COFFEE");

        cut.WaitForAssertion(() => Assert.Contains("Coffee morning", cut.Find("[data-testid=studio-events]").TextContent, StringComparison.Ordinal));
        Assert.DoesNotContain("Coffee and cars", cut.Markup, StringComparison.Ordinal);
        Assert.Equal("true", cut.Find("[data-testid=event-status-draft]").GetAttribute("aria-current"));
        Assert.Null(cut.Find("[data-testid=event-status-all]").GetAttribute("aria-current"));
        Assert.Equal("COFFEE", cut.Find("input[name=q]").GetAttribute("value"));
        Assert.Equal("/studio/events?status=past&q=COFFEE", cut.Find("[data-testid=event-status-past]").GetAttribute("href"));

        cut.Find("input[name=q]").Input("  night drive ");
        cut.Find("form[role=search]").Submit();

        Assert.Equal("http://localhost/studio/events?status=draft&q=night%20drive", Services.GetRequiredService<NavigationManager>().Uri);
        cut.WaitForAssertion(() => Assert.Equal("/studio/events", cut.Find("[data-testid=clear-event-filters]").GetAttribute("href")));
        Assert.Contains("No matching events", cut.Markup, StringComparison.Ordinal);
    }

    private IRenderedComponent<StudioEventsPage> RenderPage(string uri)
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo(uri);
        Render<MudPopoverProvider>();
        return Render<StudioEventsPage>();
    }
}
