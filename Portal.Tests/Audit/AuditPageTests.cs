using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using Portal.Console.Audit;
using Portal.Domain.Accounts;
using Portal.Domain.Audit;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Audit;

/// <summary>/console/audit reads its filters and page from the address, writes every filter change back to it, and says what to do when nothing matches.</summary>
public sealed class AuditPageTests : PortalComponentTest
{
    private AuditWorld world = default!;
    private bool popovers;

    protected override async Task InitializeTestAsync()
    {
        world = await AuditWorld.CreateAsync();
        Services.AddSingleton(world.Log);
        UseViewerPreferences();
        await SignInMemberAsync(world.OperatorId, "Operator Zhou", Roles.Operator);
    }

    protected override Task DisposeTestAsync() => world.DisposeAsync().AsTask();

    [Fact]
    public async Task Filters_and_page_come_from_the_address_and_the_pager_keeps_the_filters()
    {
        for (var i = 0; i < 60; i++)
        {
            await world.WriteAsync(i % 3 == 0 ? AuditActions.ThreadPinned : AuditActions.ThreadLocked, "thread", world.Thread.ThreadId, null);
        }

        var cut = RenderPage($"/console/audit?action={AuditActions.ThreadLocked}&page=abc");

        cut.WaitForAssertion(() => Assert.Equal(40, cut.FindAll("[data-testid=audit-entry]").Count));
        Assert.Equal("40 changes", cut.Find("[data-testid=audit-count]").TextContent.Trim());
        Assert.All(cut.FindAll("[data-testid=audit-entry]"), e => Assert.Contains("locked the thread", e.TextContent, StringComparison.Ordinal));

        var all = RenderPage("/console/audit?page=2");

        all.WaitForAssertion(() => Assert.Equal(10, all.FindAll("[data-testid=audit-entry]").Count));
        Assert.Equal("page", all.Find("nav a[aria-current=page]").GetAttribute("aria-current"));
        Assert.Equal("/console/audit", all.Find("nav a[aria-label='Page 1']").GetAttribute("href"));
    }

    [Fact]
    public async Task Choosing_a_filter_puts_it_in_the_address_back_on_page_one()
    {
        await world.WriteEveryActionAsync();
        var navigation = Services.GetRequiredService<NavigationManager>();
        var cut = RenderPage($"/console/audit?actor={world.OperatorId}&page=2");
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-testid=audit-entry]")));

        await cut.InvokeAsync(() => cut.FindComponents<MudSelect<string>>()[1].Instance.ValueChanged.InvokeAsync(AuditActions.RoleGranted));
        Assert.Equal($"/console/audit?actor={world.OperatorId}&action=role.granted", new Uri(navigation.Uri).PathAndQuery);
        cut.WaitForAssertion(() => Assert.Contains("gave 王伟 the Editor role", Assert.Single(cut.FindAll("[data-testid=audit-entry]")).TextContent, StringComparison.Ordinal));

        await cut.InvokeAsync(() => cut.FindComponents<MudDatePicker>()[0].Instance.DateChanged.InvokeAsync(new DateTime(2026, 3, 16)));
        Assert.Equal($"/console/audit?actor={world.OperatorId}&action=role.granted&from=2026-03-16", new Uri(navigation.Uri).PathAndQuery);

        await cut.InvokeAsync(() => cut.FindComponents<MudSelect<string>>()[0].Instance.ValueChanged.InvokeAsync(""));
        Assert.Equal("/console/audit?action=role.granted&from=2026-03-16", new Uri(navigation.Uri).PathAndQuery);
    }

    [Fact]
    public void Nothing_matching_says_how_to_widen_the_search()
    {
        var cut = RenderPage($"/console/audit?action={AuditActions.JourneyPaused}&from=2026-01-01&to=2026-01-31");

        cut.WaitForAssertion(() => Assert.Contains("No changes match these filters", cut.Markup, StringComparison.Ordinal));
        Assert.Equal("/console/audit", cut.Find("[data-testid=audit-clear]").GetAttribute("href"));
    }

    private IRenderedComponent<AuditPage> RenderPage(string uri)
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo(uri);
        if (!popovers)
        {
            Render<MudPopoverProvider>();
            popovers = true;
        }

        return Render<AuditPage>();
    }
}
