using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Portal.Domain.Articles;
using Portal.Domain.Data;
using Portal.Domain.Engagement;
using Portal.Domain.Seeding;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Articles;

/// <summary>A visitor on a phone finds a published article in the list, reads it to the end and copies its link; both are counted once, in the stored engagement events.</summary>
public sealed class ArticleReadingJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>, IAsyncDisposable
{
    public ValueTask DisposeAsync() => browser.CloseTestPagesAsync();

    [Fact]
    public async Task A_reader_on_a_phone_opens_an_article_reaches_its_end_and_copies_the_link()
    {
        var id = await PublishAsync("A long read about winter driving");
        var page = await browser.NewPageAsync(375, 800);
        await page.Context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"], new() { Origin = browser.BaseAddress.ToString().TrimEnd('/') });
        var target = id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        int Count(string kind)
        {
            using var scope = browser.App.Services.CreateScope();
            return scope.ServiceProvider.GetRequiredService<PortalDbContext>().EngagementEvents.Count(e => e.Kind == kind && e.TargetId == target);
        }

        await page.WithScreenshotOnFailureAsync("article-reading-375", async () =>
        {
            await page.GotoAsync(ArticleUrls.Index);
            await Assertions.Expect(page.GetByTestId("featured-article")).ToBeVisibleAsync();
            await page.AssertAccessibleAsync();

            await page.GotoAsync(ArticleUrls.Page((await SlugAsync(id))));
            await page.WaitForCircuitAsync();
            await Assertions.Expect(page.GetByTestId("article-page")).ToBeVisibleAsync();
            await page.AssertAccessibleAsync();
            var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
            Assert.True(overflow <= 0, $"The article scrolls sideways by {overflow}px at 375px.");
            await Eventually.TrueAsync(() => Count(EngagementKinds.ArticleViewed) == 1, "the view counted");
            Assert.Equal(0, Count(EngagementKinds.ArticleReadThrough));

            await page.GetByTestId("read-end").ScrollIntoViewIfNeededAsync();
            await Eventually.TrueAsync(() => Count(EngagementKinds.ArticleReadThrough) == 1, "the read-through counted");

            await page.GetByTestId("share-article").ClickAsync();
            await Eventually.TrueAsync(() => Count(EngagementKinds.ArticleShared) == 1, "the share counted");
            var copied = await page.EvaluateAsync<string>("() => navigator.clipboard.readText()");
            Assert.Equal($"{browser.BaseAddress.ToString().TrimEnd('/')}{ArticleUrls.Page(await SlugAsync(id))}", copied);

            await page.Mouse.WheelAsync(0, -5000);
            await page.GetByTestId("read-end").ScrollIntoViewIfNeededAsync();
            await page.GetByTestId("share-article").ClickAsync();
            await Eventually.TrueAsync(() => Count(EngagementKinds.ArticleShared) == 2, "the second share counted");
            Assert.Equal(1, Count(EngagementKinds.ArticleReadThrough));
        });
    }

    private async Task<int> PublishAsync(string title)
    {
        await using var scope = browser.App.Services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        var editor = await db.Users.Where(u => u.Email == DemoAccounts.EditorEmail).Select(u => u.Id).SingleAsync();
        var studio = scope.ServiceProvider.GetRequiredService<ArticleStudio>();
        var body = string.Join("\n\n", Enumerable.Range(1, 40).Select(i => $"Paragraph {i}: keep the battery warm, precondition the cabin and plan charging stops."));
        var created = await studio.CreateAsync(editor, new ArticleDraft { Title = title, Summary = "Winter tips.", Body = body, Category = ArticleCategory.Guides, Tags = ["winter"] });
        Assert.True(created.Succeeded);
        Assert.True((await studio.PublishAsync(editor, created.Value)).Succeeded);
        return created.Value;
    }

    private async Task<string> SlugAsync(int id)
    {
        await using var scope = browser.App.Services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        return await db.Articles.Where(a => a.Id == id).Select(a => a.Slug).SingleAsync();
    }
}
