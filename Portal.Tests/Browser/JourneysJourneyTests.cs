using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Portal.Domain.Seeding;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Browser;

/// <summary>An operator reads the demo journey's lift in English and Chinese, and drafts, fixes and starts a journey of their own.</summary>
public sealed class JourneysJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>, IAsyncDisposable
{
    public ValueTask DisposeAsync() => browser.CloseTestPagesAsync();

    [Fact]
    public async Task Operator_reads_the_demo_journeys_lift_and_its_entrants_as_a_table_in_English_and_Chinese()
    {
        var page = await browser.NewPageAsync();
        await page.WithScreenshotOnFailureAsync(nameof(Operator_reads_the_demo_journeys_lift_and_its_entrants_as_a_table_in_English_and_Chinese), async () =>
        {
            await page.SignInAsync(DemoAccounts.OperatorEmail, DemoAccounts.Password, "/console/journeys");
            await InEnglishAsync(page, "/console/journeys");
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Journeys", Level = 1 })).ToBeVisibleAsync();
            var row = page.GetByTestId("journey-list").Locator("tr", new() { HasText = JourneysSeedStep.Name });
            await Assertions.Expect(row.GetByTestId("journey-status")).ToHaveTextAsync("Running");
            await Assertions.Expect(row).ToContainTextAsync(new Regex(@"\d+\.\d%"));
            await page.WaitForCircuitAsync();
            await page.AssertAccessibleAsync();

            await row.GetByRole(AriaRole.Link, new() { Name = JourneysSeedStep.Name }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = JourneysSeedStep.Name, Level = 1 })).ToBeVisibleAsync();
            var lift = page.GetByTestId("journey-lift");
            await Assertions.Expect(lift.GetByTestId("lift-treated")).ToContainTextAsync("Treated");
            await Assertions.Expect(lift.GetByTestId("lift-holdout")).ToContainTextAsync("Holdout");
            await Assertions.Expect(lift.GetByTestId("lift-difference")).ToContainTextAsync("95% confidence interval");
            await Assertions.Expect(page.GetByTestId("report-journey-actions").Locator("tbody tr")).ToHaveCountAsync(2);
            await page.WaitForCircuitAsync();
            var entrants = page.GetByTestId("report-journey-entrants");
            await entrants.GetByTestId("view-table").ClickAsync();
            await Assertions.Expect(entrants.Locator("table caption")).ToContainTextAsync("Entrants by day");
            await Assertions.Expect(entrants.Locator("thead th")).ToHaveTextAsync(["Day", "Treated", "Holdout"]);
            await page.AssertAccessibleAsync();

            // The language switch returns to the address the page was loaded at.
            await page.ReloadAsync();
            await page.Locator(".portal-lang").ClickAsync();
            await Assertions.Expect(page.GetByTestId("journey-lift").GetByRole(AriaRole.Heading, new() { Level = 2 })).ToHaveTextAsync("目标转化：实验组对比对照组");
            await Assertions.Expect(page.GetByTestId("journey-status")).ToHaveTextAsync("运行中");
            await page.WaitForCircuitAsync();
            await page.AssertAccessibleAsync();
        });
    }

    [Fact]
    public async Task Operator_drafts_a_journey_fixes_the_refused_step_and_starts_it()
    {
        var page = await browser.NewPageAsync();
        await page.WithScreenshotOnFailureAsync(nameof(Operator_drafts_a_journey_fixes_the_refused_step_and_starts_it), async () =>
        {
            await page.SignInAsync(DemoAccounts.OperatorEmail, DemoAccounts.Password, "/console/journeys/new");
            await InEnglishAsync(page, "/console/journeys/new");
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "New journey", Level = 1 })).ToBeVisibleAsync();
            await page.WaitForCircuitAsync();
            await page.GetByTestId("journey-name").FillAsync("Welcome new owners");
            await page.GetByTestId("add-Wait").ClickAsync();
            await page.GetByTestId("add-Action").ClickAsync();
            await Assertions.Expect(page.GetByTestId("journey-step")).ToHaveCountAsync(2);
            await page.AssertAccessibleAsync();

            await page.GetByTestId("save-journey").ClickAsync();
            await Assertions.Expect(page.GetByTestId("step-problem")).ToHaveTextAsync("Write the message in English and in Chinese.");
            await Assertions.Expect(page.GetByTestId("editor-problem")).ToBeVisibleAsync();

            await page.GetByTestId("step-text").FillAsync("Welcome! Add your car to your garage.");
            await page.GetByTestId("step-text-zh").FillAsync("欢迎！把您的爱车加入车库吧。");
            await page.GetByTestId("save-journey").ClickAsync();
            await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/console/journeys/\d+$"));
            await Assertions.Expect(page.GetByTestId("journey-status")).ToHaveTextAsync("Draft");
            await page.WaitForCircuitAsync();
            await page.GetByTestId("journey-start").ClickAsync();
            await Assertions.Expect(page.GetByTestId("journey-status")).ToHaveTextAsync("Running");
            await Assertions.Expect(page.GetByTestId("lift-none")).ToBeVisibleAsync();
            await page.SnackbarsSettledAsync();
            await page.AssertAccessibleAsync();
        });
    }

    /// <summary>The operator's language is saved with their account, and the other test switches it to Chinese.</summary>
    private static async Task InEnglishAsync(IPage page, string returnUrl) =>
        await page.GotoAsync($"/preferences/culture?culture=en&returnUrl={Uri.EscapeDataString(returnUrl)}");
}
