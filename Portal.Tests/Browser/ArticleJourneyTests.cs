using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Portal.Domain.Accounts;
using Portal.Domain.Articles;
using Portal.Domain.Data;
using Portal.Domain.Seeding;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Browser;

/// <summary>
/// The whole life of an article in the real app on Kestrel and a real Chromium: an editor writes it with a picture,
/// previews it and schedules it; the app's clock passes the time; an owner on a phone reads it and joins its discussion.
/// The app runs on a fake clock (<see cref="ClockedBrowserFixture"/>), so autosave and the scheduler run when the test
/// moves time on, never on a sleep.
/// </summary>
public sealed partial class ArticleJourneyTests(ClockedBrowserFixture browser) : IClassFixture<ClockedBrowserFixture>, IAsyncDisposable
{
    public ValueTask DisposeAsync() => browser.CloseTestPagesAsync();

    [Fact]
    public async Task An_editor_writes_and_schedules_an_article_and_an_owner_on_a_phone_reads_it_and_replies_in_its_discussion()
    {
        var editor = await browser.NewPageAsync();
        var owner = await browser.NewPageAsync(width: 375, height: 800);
        var title = "Winter tyres at the Pudong service centre " + Guid.NewGuid().ToString("N")[..6];

        await editor.WithScreenshotOnFailureAsync(nameof(An_editor_writes_and_schedules_an_article_and_an_owner_on_a_phone_reads_it_and_replies_in_its_discussion), async () =>
        {
            await editor.SignInAsync(DemoAccounts.EditorEmail, DemoAccounts.Password, ArticleUrls.Studio);
            await Assertions.Expect(editor.GetByTestId("new-article")).ToBeVisibleAsync();
            await editor.AssertAccessibleAsync();

            await editor.GetByTestId("new-article").ClickAsync();
            await Assertions.Expect(editor).ToHaveURLAsync(new Regex("/studio/articles/new$"));
            await editor.WaitForCircuitAsync();
            await editor.GetByTestId("article-title").FillAsync(title);
            await editor.GetByTestId("article-summary").FillAsync("Book a slot, bring the locking wheel nut, and drive home on winter rubber in forty minutes.");
            await editor.GetByTestId("article-body").FillAsync("## Before you come\n\nBook a slot in the app.\n\n## On the day\n\nBring the **locking wheel nut**.\n\n");
            await Assertions.Expect(editor.GetByTestId("article-preview").Locator("h2").First).ToContainTextAsync("Before you come");
            await Assertions.Expect(editor.GetByTestId("article-preview").Locator("strong")).ToHaveTextAsync("locking wheel nut");

            // The first save creates the article: autosave fires once the app's clock has passed its quiet time.
            await SaveByAutosaveAsync(editor);
            await Assertions.Expect(editor).ToHaveURLAsync(new Regex(@"/studio/articles/\d+$"));
            var articleId = int.Parse(IdInUrl().Match(editor.Url).Groups[1].Value, CultureInfo.InvariantCulture);
            await editor.AssertAccessibleAsync();

            await editor.Locator("[data-testid=body-image] input[type=file]").SetInputFilesAsync(new FilePayload { Name = "tyres.png", MimeType = "image/png", Buffer = TestImages.Png(640, 360) });
            await Assertions.Expect(editor.GetByTestId("article-preview").Locator("img[src^='/media/article-images/']")).ToBeVisibleAsync();
            await SaveByAutosaveAsync(editor);

            // Schedule for an hour from the app's now, typed in the editor's own time zone.
            var zone = TimeZones.Find(await TimeZoneOfAsync(DemoAccounts.EditorEmail));
            var goesLive = TimeZoneInfo.ConvertTime(browser.Clock.GetUtcNow().AddHours(1), zone);
            await editor.GetByTestId("article-schedule").ClickAsync();
            await editor.GetByTestId("schedule-at").FillAsync(goesLive.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture));
            await editor.GetByTestId("schedule-confirm").ClickAsync();
            await Assertions.Expect(editor.GetByTestId("scheduled-for")).ToBeVisibleAsync();
            Assert.Equal(ArticleStatus.Scheduled, (await ArticleAsync(articleId)).Status);

            // Nobody outside the Studio sees it yet.
            var slug = (await ArticleAsync(articleId)).Slug;
            var early = await owner.GotoAsync(ArticleUrls.Page(slug));
            Assert.Equal(404, early!.Status);

            // The scheduler runs on the app's clock: two hours on, it is live.
            browser.Clock.Advance(TimeSpan.FromHours(2));
            await Eventually.TrueAsync(async () => (await ArticleAsync(articleId)).Status == ArticleStatus.Published, "the scheduler to publish the article");

            await owner.SignInAsync(DemoAccounts.OwnerEmail, DemoAccounts.Password, ArticleUrls.Index);
            await Assertions.Expect(owner.GetByRole(AriaRole.Link, new() { Name = title }).First).ToBeVisibleAsync();
            await owner.AssertAccessibleAsync();

            await owner.GotoAsync(ArticleUrls.Page(slug));
            await Assertions.Expect(owner.GetByTestId("article-page").Locator("h1")).ToHaveTextAsync(title);
            await Assertions.Expect(owner.GetByTestId("article-toc")).ToContainTextAsync("On the day");
            await Assertions.Expect(owner.GetByTestId("article-body").Locator("img[src^='/media/article-images/']")).ToBeVisibleAsync();
            await owner.AssertAccessibleAsync();

            await owner.WaitForCircuitAsync(); // a click while the interactive render replaces the prerendered page is lost
            await owner.GetByTestId("discussion-link").ClickAsync();
            await Assertions.Expect(owner).ToHaveURLAsync(new Regex("/forums/t/"));
            await owner.WaitForCircuitAsync();
            var reply = "Booked for Saturday, thanks for the tip about the wheel nut " + Guid.NewGuid().ToString("N")[..4];
            await owner.GetByTestId("composer-text").FillAsync(reply);
            await owner.GetByTestId("submit-reply").ClickAsync();
            await Assertions.Expect(owner.GetByText(reply)).ToBeVisibleAsync();

            // Back on the article, the discussion block shows the reply.
            await owner.GotoAsync(ArticleUrls.Page(slug));
            await Assertions.Expect(owner.GetByTestId("discussion-reply").GetByText(reply)).ToBeVisibleAsync();
        });
    }

    /// <summary>Waits until the server has seen the change, moves the app's clock past autosave's quiet time, waits for the save.</summary>
    private async Task SaveByAutosaveAsync(IPage editor)
    {
        var indicator = editor.GetByTestId("save-indicator");
        await Assertions.Expect(indicator).ToHaveAttributeAsync("data-state", "Unsaved");
        browser.Clock.Advance(TimeSpan.FromSeconds(5));
        await Assertions.Expect(indicator).ToHaveAttributeAsync("data-state", "Saved");
    }

    private async Task<Article> ArticleAsync(int id)
    {
        await using var scope = browser.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        return await db.Articles.AsNoTracking().SingleAsync(a => a.Id == id);
    }

    private async Task<string> TimeZoneOfAsync(string email)
    {
        await using var scope = browser.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        return await db.Users.Where(u => u.Email == email).Select(u => u.TimeZoneId).SingleAsync();
    }

    [GeneratedRegex(@"/studio/articles/(\d+)")]
    private static partial Regex IdInUrl();
}
