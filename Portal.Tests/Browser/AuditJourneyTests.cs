using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Portal.Domain.Data;
using Portal.Domain.Forums;
using Portal.Domain.Seeding;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Browser;

/// <summary>An operator reads the audit log on a phone and narrows it to one action.</summary>
public sealed class AuditJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>, IAsyncDisposable
{
    public ValueTask DisposeAsync() => browser.CloseTestPagesAsync();

    [Fact]
    public async Task On_a_phone_an_operator_filters_the_audit_log_by_an_action()
    {
        var title = await LockAndPinAThreadAsync();
        var page = await browser.NewPageAsync(width: 375, height: 800);

        await page.WithScreenshotOnFailureAsync(nameof(On_a_phone_an_operator_filters_the_audit_log_by_an_action), async () =>
        {
            await page.SignInAsync(DemoAccounts.OperatorEmail, DemoAccounts.Password, "/console/audit");
            await page.WaitForCircuitAsync();
            var entries = page.GetByTestId("audit-entry");
            await Assertions.Expect(entries.First).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByTestId("audit-log")).ToContainTextAsync($"pinned the thread “{title}”");
            await page.AssertAccessibleAsync();

            await page.GetByTestId("audit-action").ClickAsync();
            await page.Locator(".mud-popover-open").GetByRole(AriaRole.Option, new() { Name = "Thread locked", Exact = true }).ClickAsync();

            await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/console/audit\?action=forum\.thread-locked$"));
            await Assertions.Expect(page.GetByTestId("audit-log")).Not.ToContainTextAsync("pinned the thread");
            await Assertions.Expect(entries.First).ToContainTextAsync($"locked the thread “{title}”");
            await Assertions.Expect(entries.First.GetByRole(AriaRole.Link, new() { Name = $"“{title}”" })).ToHaveAttributeAsync("href", new Regex(@"^/forums/t/\d+/"));
            await page.AssertAccessibleAsync();
        });
    }

    private async Task<string> LockAndPinAThreadAsync()
    {
        var (id, _) = await browser.App.OpenThreadAsync();
        await using var scope = browser.App.Services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        var operatorId = await db.Users.Where(u => u.Email == DemoAccounts.OperatorEmail).Select(u => u.Id).SingleAsync();
        var moderation = scope.ServiceProvider.GetRequiredService<ForumModeration>();
        Assert.True((await moderation.SetLockedAsync(operatorId, id, locked: true)).Succeeded);
        Assert.True((await moderation.SetLockedAsync(operatorId, id, locked: false)).Succeeded);
        Assert.True((await moderation.SetPinnedAsync(operatorId, id, pinned: true)).Succeeded);
        Assert.True((await moderation.SetPinnedAsync(operatorId, id, pinned: false)).Succeeded);
        return await db.Threads.Where(t => t.Id == id).Select(t => t.Title).SingleAsync();
    }
}
