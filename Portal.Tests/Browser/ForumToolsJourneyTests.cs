using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Portal.Domain.Seeding;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Browser;

/// <summary>Search, the reports queue and notifications in the real app and Chromium; axe checks every page visited.</summary>
public sealed partial class ForumToolsJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>, IAsyncDisposable
{
    public ValueTask DisposeAsync() => browser.CloseTestPagesAsync();

    [Fact]
    public async Task A_visitor_searches_in_chinese_narrows_to_a_board_and_pages_on()
    {
        var page = await browser.NewPageAsync();

        await page.WithScreenshotOnFailureAsync(nameof(A_visitor_searches_in_chinese_narrows_to_a_board_and_pages_on), async () =>
        {
            await page.GotoAsync("/forums/search");
            await page.WaitForCircuitAsync(); // text typed into the prerendered box is replaced when the circuit renders it
            await Assertions.Expect(page.GetByText("Type something to search")).ToBeVisibleAsync();
            await page.AssertAccessibleAsync();

            await page.GetByLabel("Words to find").FillAsync("续航");
            await page.GetByLabel("Words to find").PressAsync("Enter");
            // The address is what these steps check, polled rather than waited for as a navigation: the interactive
            // search moves with pushState, and under load that event could be missed between Playwright's URL check and
            // its waiter. The content is awaited by the assertions after them.
            await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/forums/search\?q=%E7%BB%AD%E8%88%AA$"));
            await Assertions.Expect(page.GetByTestId("search-hit").First).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByTestId("search-snippet").First.Locator("mark")).ToHaveTextAsync("续航");
            await page.AssertAccessibleAsync();

            await page.GetByTestId("board-select").ClickAsync();
            await page.Locator(".mud-popover-open .mud-list-item", new() { HasTextString = "Charging & range" }).ClickAsync();
            await Assertions.Expect(page).ToHaveURLAsync(new Regex("board=charging-range"));
            await Assertions.Expect(page.GetByTestId("search-hit").First).ToContainTextAsync("Charging & range");

            await page.GetByTestId("more-results").ClickAsync();
            await Assertions.Expect(page).ToHaveURLAsync(new Regex("page=2"));
            await Assertions.Expect(page.GetByTestId("search-summary")).ToContainTextAsync("Results 21–");
            await page.AssertAccessibleAsync();
        });
    }

    [Fact]
    public async Task Search_results_fit_a_phone_in_dark_mode()
    {
        var page = await browser.NewPageAsync(375, 800);
        await page.Context.AddCookiesAsync([new Cookie { Name = "portal.theme", Value = "dark", Url = browser.BaseAddress.ToString() }]);

        await page.WithScreenshotOnFailureAsync(nameof(Search_results_fit_a_phone_in_dark_mode), async () =>
        {
            await page.GotoAsync("/forums/search?q=charging");
            await Assertions.Expect(page.GetByTestId("search-hit").First).ToBeVisibleAsync();
            await page.AssertAccessibleAsync();
            var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
            Assert.True(overflow <= 0, $"The results scroll sideways by {overflow}px.");
        });
    }

    [Fact]
    public async Task The_editor_hides_a_reported_post_from_the_queue_in_dark_mode()
    {
        var page = await browser.NewPageAsync();
        await page.Context.AddCookiesAsync([new Cookie { Name = "portal.theme", Value = "dark", Url = browser.BaseAddress.ToString() }]);

        await page.WithScreenshotOnFailureAsync(nameof(The_editor_hides_a_reported_post_from_the_queue_in_dark_mode), async () =>
        {
            await page.SignInAsync(DemoAccounts.EditorEmail, DemoAccounts.Password, "/studio");
            await Assertions.Expect(page.GetByTestId("open-reports")).ToContainTextAsync("open reports");
            await page.AssertAccessibleAsync();

            await page.GetByRole(AriaRole.Link, new() { Name = "Open the reports queue" }).ClickAsync();
            await Assertions.Expect(page).ToHaveURLAsync(new Regex("/studio/moderation$"));
            await page.WaitForCircuitAsync();
            var cards = page.GetByTestId("report-card");
            await Assertions.Expect(cards.First).ToBeVisibleAsync();
            var before = await cards.CountAsync();
            await page.AssertAccessibleAsync();

            var first = cards.First;
            var title = await first.Locator("h2").InnerTextAsync();
            await first.GetByTestId("hide").ClickAsync();
            await first.GetByTestId("confirm").ClickAsync();
            await Assertions.Expect(first.GetByText("Give a reason.")).ToBeVisibleAsync();
            await page.AssertAccessibleAsync();

            await page.PickAsync(first.GetByTestId("reason"), "Spam or advertising");
            await first.GetByTestId("confirm").ClickAsync();
            await Assertions.Expect(page.GetByText(new Regex(@"Post #\d+ hidden\."))).ToBeVisibleAsync();
            await Assertions.Expect(cards).ToHaveCountAsync(before - 1);
            await Assertions.Expect(page.GetByTestId("report-card").Filter(new() { HasText = title })).ToHaveCountAsync(0);
            await page.SnackbarsSettledAsync();
            await page.AssertAccessibleAsync();
        });
    }

    [Fact]
    public async Task The_owner_reads_notifications_and_marks_them_all_read()
    {
        var page = await browser.NewPageAsync(375, 800);

        await page.WithScreenshotOnFailureAsync(nameof(The_owner_reads_notifications_and_marks_them_all_read), async () =>
        {
            await page.SignInAsync(DemoAccounts.OwnerEmail, DemoAccounts.Password, "/notifications");
            await page.WaitForCircuitAsync();
            await Assertions.Expect(page.GetByTestId("notification").First).ToBeVisibleAsync();
            await page.AssertAccessibleAsync();

            await page.GetByTestId("mark-all").ClickAsync();
            await Assertions.Expect(page.GetByTestId("unread-count")).ToHaveTextAsync("All caught up");
            await Assertions.Expect(page.Locator(".portal-notification--unread")).ToHaveCountAsync(0);
            await page.SnackbarsSettledAsync();
            await page.AssertAccessibleAsync();
        });
    }
}
