using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Articles;
using Portal.Domain.Forums;
using Portal.Domain.Media;
using Portal.Domain.Seeding;
using Portal.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Portal.Tests.Seeding;

/// <summary>The demo articles as a fresh seed writes them (covers are files beside the database, so this seeds itself).</summary>
public sealed class ArticlesSeedTests(ITestOutputHelper output) : IAsyncLifetime
{
    private TestDatabase database = default!;

    public async Task InitializeAsync()
    {
        database = await TestDatabase.CreateAsync();
        var watch = Stopwatch.StartNew();
        Assert.True(await database.Get<DemoSeeder>().SeedIfEmptyAsync());
        output.WriteLine($"Seeded the whole demo community in {watch.Elapsed.TotalSeconds:0.00} s");
    }

    public async Task DisposeAsync() => await database.DisposeAsync();

    [Fact]
    public async Task About_forty_articles_cover_every_category_and_model_in_both_languages()
    {
        await using var db = database.CreateDbContext();
        var articles = await db.Articles.AsNoTracking().Include(a => a.Models).ToListAsync();

        Assert.InRange(articles.Count, 36, 44);
        Assert.Equal(Enum.GetValues<ArticleCategory>().Order(), articles.Select(a => a.Category).Distinct().Order());
        Assert.Equal(Enumerable.Range(1, 7), articles.SelectMany(a => a.Models).Select(m => m.ModelId).Distinct().Order());
        Assert.InRange(articles.Count(a => a.Title.Any(ForumSearchText.IsCjk)), 15, 25);
        Assert.Single(articles, a => a.IsFeatured && a.Status == ArticleStatus.Published);
        Assert.All(articles, a => Assert.Contains("<h2 id=\"h-", a.BodyHtml, StringComparison.Ordinal));
        Assert.Contains(articles, a => a.BodyHtml.Contains("<table>", StringComparison.Ordinal));
        Assert.Contains(articles, a => a.BodyHtml.Contains("class=\"callout callout-warning\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Statuses_dates_and_revisions_look_like_months_of_publishing()
    {
        await using var db = database.CreateDbContext();
        var articles = await db.Articles.AsNoTracking().ToListAsync();
        var now = database.Clock.GetUtcNow();

        var scheduled = articles.Where(a => a.Status == ArticleStatus.Scheduled).ToList();
        Assert.Equal(2, scheduled.Count);
        Assert.All(scheduled, a => Assert.InRange(a.ScheduledFor!.Value, now, now.AddDays(7)));
        Assert.InRange(articles.Count(a => a.Status == ArticleStatus.Draft), 2, 5);
        Assert.InRange(articles.Count(a => a.Status == ArticleStatus.Archived), 1, 3);
        var published = articles.Where(a => a.Status == ArticleStatus.Published).ToList();
        Assert.All(published, a => Assert.True(a.PublishedAt < now && a.CreatedAt < a.PublishedAt));
        Assert.True(published.Max(a => a.PublishedAt) - published.Min(a => a.PublishedAt) > TimeSpan.FromDays(60), "Published dates should spread over months.");
        Assert.All(articles.Where(a => a.Status is ArticleStatus.Draft or ArticleStatus.Scheduled), a => Assert.Null(a.PublishedAt));

        var revisions = await db.ArticleRevisions.AsNoTracking().GroupBy(r => r.ArticleId).Select(g => g.Count()).ToListAsync();
        Assert.Equal(articles.Count, revisions.Count);
        Assert.InRange(revisions.Count(n => n >= 3), 3, 10);
    }

    [Fact]
    public async Task Most_articles_have_a_cover_on_disk_in_every_width()
    {
        await using var db = database.CreateDbContext();
        var files = await db.Articles.AsNoTracking().Select(a => a.CoverFile).ToListAsync();
        var store = database.Services.GetRequiredKeyedService<ImageStore>(ArticleCoverImages.Kind);

        Assert.InRange(files.Count(f => f is not null), files.Count * 2 / 3, files.Count - 1);
        Assert.All(files.OfType<string>(), file =>
        {
            Assert.NotNull(store.Resolve(file));
            Assert.All(store.Profile.ExtraWidths, w => Assert.NotNull(store.Resolve(ImageProfile.VariantName(file, w))));
        });
    }

    [Fact]
    public async Task Every_published_article_has_owners_replying_in_its_discussion_after_it_went_live()
    {
        await using var db = database.CreateDbContext();
        var now = database.Clock.GetUtcNow();
        var articles = await db.Articles.AsNoTracking().Where(a => a.PublishedAt != null).Select(a => new { a.ThreadId, a.PublishedAt, a.AuthorId, a.Title }).ToListAsync();
        var threadIds = articles.Select(a => a.ThreadId!.Value).ToList();
        var threads = await db.Threads.AsNoTracking().Where(t => threadIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id);
        var posts = (await db.Posts.AsNoTracking().Where(p => threadIds.Contains(p.ThreadId)).ToListAsync()).ToLookup(p => p.ThreadId);
        var staff = (await db.Users.AsNoTracking().Where(u => u.Email!.EndsWith("@demo.portal.test")).Select(u => u.Id).ToListAsync()).ToHashSet();
        var indexed = await db.Database.SqlQueryRaw<long>("SELECT rowid AS \"Value\" FROM \"PostSearch\"").ToListAsync();

        Assert.NotEmpty(articles);
        Assert.All(articles, article =>
        {
            var thread = threads[article.ThreadId!.Value];
            var own = posts[thread.Id].OrderBy(p => p.Number).ToList();
            var replies = own.Skip(1).ToList();
            Assert.InRange(replies.Count, 1, 4);
            Assert.Equal(replies.Count, replies.Select(r => r.Body).Distinct().Count());
            Assert.All(own.Zip(own.Skip(1)), pair => Assert.NotEqual(pair.First.AuthorId, pair.Second.AuthorId));
            Assert.Equal(own.Count, thread.PostCount);
            Assert.Equal(replies.Count, thread.ReplyCount);
            Assert.Equal(Enumerable.Range(1, own.Count), own.Select(p => p.Number));
            Assert.Equal(article.PublishedAt, own[0].CreatedAt);
            Assert.All(replies, r =>
            {
                Assert.InRange(r.CreatedAt, article.PublishedAt!.Value, now.AddHours(-1));
                Assert.DoesNotContain(r.AuthorId, staff);
                Assert.Equal(article.Title.Any(ForumSearchText.IsCjk), r.Body.Any(ForumSearchText.IsCjk));
                Assert.Contains(r.Id, indexed);
            });
            Assert.Equal(replies[^1].CreatedAt, thread.LastActivityAt);
            Assert.Equal(replies[^1].AuthorId, thread.LastPosterId);
        });
    }
}
