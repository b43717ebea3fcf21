using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Portal.Domain.Seeding;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Browser;

/// <summary>The one search: from the top bar's box on a desktop, and from the menu on a phone, with axe on the results.</summary>
public sealed partial class SiteSearchJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>, IAsyncDisposable
{
    public ValueTask DisposeAsync() => browser.CloseTestPagesAsync();

    [Fact]
    public async Task A_member_searches_from_the_top_bar_and_finds_threads_events_and_members()
    {
        var page = await browser.NewPageAsync(1280, 900);

        await page.WithScreenshotOnFailureAsync("site-search-desktop", async () =>
        {
            await page.SignInAsync(DemoAccounts.OwnerEmail, DemoAccounts.Password, "/forums");
            await page.WaitForCircuitAsync(); // the interactive render replaces the prerendered box, and what was typed in it
            await page.GetByTestId("top-search").FillAsync("上海");
            await page.GetByTestId("top-search").PressAsync("Enter");

            await Assertions.Expect(page).ToHaveURLAsync(SearchAddress());
            await Assertions.Expect(page.GetByTestId("search-group-posts")).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByTestId("search-group-events")).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByTestId("search-tab-members")).ToBeVisibleAsync();
            await page.AssertAccessibleAsync();

            await page.GetByTestId("search-tab-events").ClickAsync();

            await Assertions.Expect(page).ToHaveURLAsync(EventsTab());
            await Assertions.Expect(page.GetByTestId("search-group-posts")).ToHaveCountAsync(0);
            await Assertions.Expect(page.GetByTestId("event-hit").First).ToBeVisibleAsync();
        });
    }

    [Fact]
    public async Task On_a_phone_the_menu_leads_to_search_and_a_partial_match_is_explained()
    {
        var page = await browser.NewPageAsync(375, 800);

        await page.WithScreenshotOnFailureAsync("site-search-phone", async () =>
        {
            await page.GotoAsync("/");
            await page.WaitForCircuitAsync();
            await Assertions.Expect(page.GetByTestId("top-search")).ToBeHiddenAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Open menu" }).ClickAsync();
            await page.GetByRole(AriaRole.Link, new() { Name = "Search" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Search", Level = 1 })).ToBeVisibleAsync();

            await page.GetByTestId("site-search-box").FillAsync("winter zeppelin");
            await page.GetByTestId("site-search-submit").ClickAsync();

            await Assertions.Expect(page.GetByTestId("search-partial")).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByTestId("search-hit").First).ToBeVisibleAsync();
            await page.AssertAccessibleAsync();
            var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
            Assert.True(overflow <= 0, $"The search page scrolls sideways by {overflow}px at 375px.");
        });
    }

    [GeneratedRegex(@"/search\?q=%E4%B8%8A%E6%B5%B7$")]
    private static partial Regex SearchAddress();

    [GeneratedRegex(@"/search\?q=%E4%B8%8A%E6%B5%B7&type=events$")]
    private static partial Regex EventsTab();
}
