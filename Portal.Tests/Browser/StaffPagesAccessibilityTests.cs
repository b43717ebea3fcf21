using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Portal.Domain.Data;
using Portal.Domain.Events;
using Portal.Domain.Seeding;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Browser;

/// <summary>
/// The staff pages issue 15 added or changed, with their filters set, on a phone: each renders its content and axe finds
/// no serious or critical violation (the verification queue, check-in and audit pages have journeys of their own).
/// </summary>
public sealed class StaffPagesAccessibilityTests(BrowserFixture browser) : IClassFixture<BrowserFixture>, IAsyncDisposable
{
    public ValueTask DisposeAsync() => browser.CloseTestPagesAsync();

    [Fact]
    public async Task Members_filters_resolved_reports_the_studio_events_list_and_an_events_numbers_are_accessible_on_a_phone()
    {
        int eventId;
        await using (var db = await browser.App.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync())
        {
            eventId = await db.Events.Where(e => e.Status == EventStatus.Published).OrderBy(e => e.Id).Select(e => e.Id).FirstAsync();
        }

        var page = await browser.NewPageAsync(width: 375, height: 800);
        await page.WithScreenshotOnFailureAsync(nameof(Members_filters_resolved_reports_the_studio_events_list_and_an_events_numbers_are_accessible_on_a_phone), async () =>
        {
            await page.SignInAsync(DemoAccounts.OperatorEmail, DemoAccounts.Password, "/console/members?verified=yes");
            await page.WaitForCircuitAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
            await page.AssertAccessibleAsync();

            foreach (var path in new[] { "/studio/moderation/resolved?action=hide", "/studio/events?status=past", $"/studio/events/{eventId}" })
            {
                await page.GotoAsync(path);
                await page.WaitForCircuitAsync();
                await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
                await page.AssertAccessibleAsync();
            }
        });
    }
}
