using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Portal.Domain.Data;
using Portal.Domain.Engagement;
using Portal.Domain.Seeding;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Browser;

/// <summary>An operator reads the console's overview and content reports on a desktop and on a phone.</summary>
public sealed class ConsoleJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>, IAsyncDisposable
{
    public ValueTask DisposeAsync() => browser.CloseTestPagesAsync();

    [Fact]
    public async Task An_operator_reads_the_overview_switches_a_chart_to_its_table_and_opens_a_thread_from_the_content_page()
    {
        var thread = await WriteThreadActivityAsync();
        var page = await browser.NewPageAsync();

        await page.WithScreenshotOnFailureAsync(nameof(An_operator_reads_the_overview_switches_a_chart_to_its_table_and_opens_a_thread_from_the_content_page), async () =>
        {
            await page.SignInAsync(DemoAccounts.OperatorEmail, DemoAccounts.Password, "/console");
            await page.WaitForCircuitAsync();
            await Assertions.Expect(page.GetByTestId("kpi-replies")).ToContainTextAsync("Replies");
            var activity = page.GetByTestId("report-overview-activity");
            await Assertions.Expect(activity.Locator(".mud-chart, svg").First).ToBeVisibleAsync();
            await page.AssertAccessibleAsync();

            await activity.GetByTestId("view-table").ClickAsync();
            var table = activity.Locator("table");
            await Assertions.Expect(table.Locator("caption")).ToHaveTextAsync("Threads, replies, sign-ups and check-ins");
            await Assertions.Expect(table.Locator("thead th")).ToHaveTextAsync(["Day", "New threads", "Replies", "Event sign-ups", "Check-ins"]);
            await page.AssertAccessibleAsync();

            await page.GetByTestId("period-presets").GetByText("7 days").ClickAsync();
            // The preset changes the query string within the page (no load event): watch the address, not a navigation.
            await Assertions.Expect(page).ToHaveURLAsync(new Regex("[?&]days=7(&|$)"));
            await Assertions.Expect(page.GetByTestId("report-overview-activity").GetByTestId("report-csv")).ToHaveAttributeAsync("href", "/console/exports/overview-activity.csv?days=7");

            await page.GetByTestId("console-nav").GetByText("Content").ClickAsync();
            await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/console/content");
            var threads = page.GetByTestId("report-content-threads");
            await Assertions.Expect(threads.GetByText(thread.Title)).ToBeVisibleAsync();
            await threads.GetByTestId("sort-replies").ClickAsync();
            await Assertions.Expect(threads.Locator("th[aria-sort=descending]")).ToContainTextAsync("Replies");
            await page.AssertAccessibleAsync();

            await threads.GetByRole(AriaRole.Link, new() { Name = thread.Title }).ClickAsync();
            await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == $"/console/content/thread/{thread.Id}");
            await Assertions.Expect(page.Locator("h1")).ToContainTextAsync(thread.Title);
            await Assertions.Expect(page.GetByTestId("report-content-thread")).ToBeVisibleAsync();
            await page.AssertAccessibleAsync();
        });
    }

    [Fact]
    public async Task On_a_phone_the_reports_open_as_tables()
    {
        await WriteThreadActivityAsync();
        var page = await browser.NewPageAsync(width: 375, height: 800);

        await page.WithScreenshotOnFailureAsync(nameof(On_a_phone_the_reports_open_as_tables), async () =>
        {
            await page.SignInAsync(DemoAccounts.OperatorEmail, DemoAccounts.Password, "/console");
            await page.WaitForCircuitAsync();
            var activity = page.GetByTestId("report-overview-activity");
            await Assertions.Expect(activity.Locator("table")).ToBeVisibleAsync();
            await page.AssertAccessibleAsync();

            await activity.GetByTestId("view-chart").ClickAsync();
            await Assertions.Expect(activity.Locator("table")).ToHaveCountAsync(0);

            await page.GetByTestId("period-presets").GetByText("Custom").ClickAsync();
            await Assertions.Expect(page.GetByTestId("period-range").First).ToBeVisibleAsync();
            await page.AssertAccessibleAsync();

            await page.GotoAsync("/console/content?from=2026-01-01&to=2099-12-31");
            await page.WaitForCircuitAsync();
            await Assertions.Expect(page.GetByTestId("period-presets").Locator("[aria-pressed=true], .mud-toggle-item-selected")).ToContainTextAsync("Custom");
            await page.GotoAsync("/console/content?days=90");
            await page.WaitForCircuitAsync();
            await Assertions.Expect(page.GetByTestId("report-content-threads").Locator("table")).ToBeVisibleAsync();
            await page.AssertAccessibleAsync();
        });
    }

    /// <summary>Views, replies and reactions on the first open thread over the last days, through the real store.</summary>
    private async Task<(long Id, string Title)> WriteThreadActivityAsync()
    {
        var (id, _) = await browser.App.OpenThreadAsync();
        await using var scope = browser.App.Services.CreateAsyncScope();
        var calendar = scope.ServiceProvider.GetRequiredService<EngagementCalendar>();
        var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow();
        var target = id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var events = Enumerable.Range(0, 60).Select(i => new EngagementEvent
        {
            At = now.AddHours(-i * 5),
            Day = calendar.DayOf(now.AddHours(-i * 5)),
            Kind = (i % 3) switch { 0 => EngagementKinds.ThreadViewed, 1 => EngagementKinds.PostCreated, _ => EngagementKinds.ReactionAdded },
            VisitorId = $"console-test-{i % 7}",
            TargetType = "thread",
            TargetId = target,
        }).ToList();
        await scope.ServiceProvider.GetRequiredService<IEngagementStore>().WriteAsync(events, 0, CancellationToken.None);
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        return (id, await db.Threads.Where(t => t.Id == id).Select(t => t.Title).SingleAsync());
    }
}
