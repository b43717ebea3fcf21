using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Portal.Domain.Accounts;
using Portal.Domain.Data;
using Portal.Domain.Seeding;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Browser;

[Collection(BrowserTests.Name)]
public sealed class LiveActivityJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task Owner_b_sees_owner_as_reply_arrive_without_reloading_and_the_bell_rings_for_the_mention()
    {
        var (threadUrl, writerEmail) = await ThreadAndWriterAsync();
        var readerId = await IdOfAsync(DemoAccounts.OwnerEmail);
        var reader = await browser.NewPageAsync();
        var writer = await browser.NewPageAsync(width: 375, height: 800);

        await reader.WithScreenshotOnFailureAsync(nameof(Owner_b_sees_owner_as_reply_arrive_without_reloading_and_the_bell_rings_for_the_mention), async () =>
        {
            await reader.SignInAsync(DemoAccounts.OwnerEmail, DemoAccounts.Password, threadUrl);
            await reader.WaitForCircuitAsync();
            var before = await UnreadAsync(reader);

            await writer.SignInAsync(writerEmail, DemoAccounts.Password, threadUrl);
            await writer.WaitForCircuitAsync();
            await writer.GetByTestId("composer-text").FillAsync($"Same here, [@陈晓 Chen Xiao](/members/{readerId}): the heat pump update fixed my winter range.");
            await Assertions.Expect(reader.GetByTestId("typing")).ToContainTextAsync("is replying…");
            await writer.GetByTestId("submit-reply").ClickAsync();

            await Assertions.Expect(reader.GetByTestId("new-replies")).ToContainTextAsync("1 new reply");
            await Assertions.Expect(reader.GetByTestId("bell-count")).ToHaveTextAsync((before + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
            await reader.AssertAccessibleAsync();
            await reader.GetByTestId("show-new-replies").ClickAsync();
            await Assertions.Expect(reader.GetByText("the heat pump update fixed my winter range")).ToBeVisibleAsync();
            await Assertions.Expect(reader.GetByTestId("new-replies")).ToHaveCountAsync(0);
        });
    }

    private static async Task<int> UnreadAsync(IPage page) =>
        await page.GetByTestId("bell-count").CountAsync() == 0 ? 0 : int.Parse(await page.GetByTestId("bell-count").InnerTextAsync(), System.Globalization.CultureInfo.InvariantCulture);

    private async Task<string> IdOfAsync(string email)
    {
        await using var scope = browser.App.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>().FindByEmailAsync(email))!.Id;
    }

    /// <summary>An open thread no other browser test uses, and a plain owner who is not the first one (the forum journey's helper).</summary>
    private async Task<(string ThreadUrl, string WriterEmail)> ThreadAndWriterAsync()
    {
        await using var scope = browser.App.Services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        var thread = await db.Threads.Where(t => !t.IsLocked && !t.IsHidden && t.PostCount < 15).OrderBy(t => t.Id).Skip(3).Select(t => new { t.Id, t.Slug }).FirstAsync();
        var staff = new[] { "role-editor", "role-operator" };
        var writer = await db.Users
            .Where(u => u.Email!.EndsWith("@owners.portal.test") && !db.UserRoles.Any(r => r.UserId == u.Id && staff.Contains(r.RoleId)))
            .OrderBy(u => u.Email)
            .Skip(1)
            .Select(u => u.Email!)
            .FirstAsync();
        return ($"/forums/t/{thread.Id}/{thread.Slug}", writer);
    }
}
