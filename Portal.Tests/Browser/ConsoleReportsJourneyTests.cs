using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Portal.Domain.Seeding;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Browser;

/// <summary>An operator reads the lifecycle and event reports, switches to Chinese and downloads a CSV; a member's engagement on the member page.</summary>
public sealed class ConsoleReportsJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>, IAsyncDisposable
{
    public ValueTask DisposeAsync() => browser.CloseTestPagesAsync();

    [Fact]
    public async Task Operator_reads_the_cohort_table_switches_to_Chinese_and_downloads_its_CSV()
    {
        var page = await browser.NewPageAsync();
        await page.WithScreenshotOnFailureAsync(nameof(Operator_reads_the_cohort_table_switches_to_Chinese_and_downloads_its_CSV), async () =>
        {
            await page.SignInAsync(DemoAccounts.OperatorEmail, DemoAccounts.Password, "/console/lifecycle");
            await InEnglishAsync(page, "/console/lifecycle");
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Lifecycle and retention", Level = 1 })).ToBeVisibleAsync();
            var table = page.GetByTestId("cohort-table");
            await Assertions.Expect(table.Locator("thead th")).ToHaveCountAsync(14);
            await Assertions.Expect(table.Locator("thead th").Nth(2)).ToHaveTextAsync("Week 0 (joined)");
            await Assertions.Expect(table.GetByTestId("cohort-row")).ToHaveCountAsync(12);
            await Assertions.Expect(table.GetByTestId("cohort-row").First.Locator("th[scope=row]")).ToHaveTextAsync(new Regex(@"\d"));
            await page.WaitForCircuitAsync();
            await page.AssertAccessibleAsync();

            await page.Locator(".portal-lang").ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "生命周期与留存", Level = 1 })).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByTestId("cohort-table").Locator("thead th").Nth(2)).ToHaveTextAsync("第 0 周（加入）");
            await page.WaitForCircuitAsync();
            await page.AssertAccessibleAsync();

            var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("report-lifecycle-cohorts").GetByTestId("report-csv").ClickAsync());
            Assert.StartsWith("lifecycle-cohorts-", download.SuggestedFilename, StringComparison.Ordinal);
            await using var stream = await download.CreateReadStreamAsync();
            using var buffer = new MemoryStream();
            await stream.CopyToAsync(buffer);
            var bytes = buffer.ToArray();
            Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
            var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
            Assert.StartsWith("加入周（起始日）,成员数,第 0 周（加入）,第 1 周,", lines[0], StringComparison.Ordinal);
            Assert.Equal(13, lines.Length);
        });
    }

    [Fact]
    public async Task Event_funnels_and_a_members_engagement_are_accessible()
    {
        var page = await browser.NewPageAsync();
        await page.WithScreenshotOnFailureAsync(nameof(Event_funnels_and_a_members_engagement_are_accessible), async () =>
        {
            await page.SignInAsync(DemoAccounts.OperatorEmail, DemoAccounts.Password, "/console/events?days=90");
            await InEnglishAsync(page, "/console/events?days=90");
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Event funnels", Level = 1 })).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByTestId("funnel-totals")).ToBeVisibleAsync();
            await page.WaitForCircuitAsync();
            await page.AssertAccessibleAsync();
            await page.GetByTestId("report-event-funnels").Last.GetByRole(AriaRole.Link).First.ClickAsync();
            await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/studio/events/\d+$"));

            await page.GotoAsync("/console/members");
            await page.WaitForCircuitAsync();
            await page.GetByLabel("Search by name or email").FillAsync("Chen Xiao");
            await page.GetByRole(AriaRole.Link, new() { Name = "陈晓 Chen Xiao" }).ClickAsync();
            await Assertions.Expect(page).ToHaveURLAsync(new Regex("/console/members/.+"));
            await Assertions.Expect(page.GetByTestId("member-engagement")).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByTestId("engagement-windows")).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByTestId("timeline")).ToBeAttachedAsync();
            await page.AssertAccessibleAsync();
        });
    }

    /// <summary>The operator's language is saved with their account, and the other test switches it to Chinese.</summary>
    private static async Task InEnglishAsync(IPage page, string returnUrl) =>
        await page.GotoAsync($"/preferences/culture?culture=en&returnUrl={Uri.EscapeDataString(returnUrl)}");
}
