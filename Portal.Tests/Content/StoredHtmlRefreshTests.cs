using Microsoft.EntityFrameworkCore;
using Portal.Domain.Articles;
using Portal.Domain.Content;
using Portal.Domain.Data;
using Portal.Domain.Events;
using Portal.Domain.Forums;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Content;

/// <summary>
/// HTML stored before images were limited to Portal's own uploads is re-rendered once at start-up, on a real SQLite
/// database: a remote image goes, an own-media image and a row without images stay exactly as stored, and a second run
/// (a second start) skips the scan.
/// </summary>
public sealed class StoredHtmlRefreshTests : IAsyncLifetime
{
    private const string RemoteHtml = """<p>Look <img src="https://tracker.example/p.gif?u=42" alt="pixel"></p>""";
    private const string OwnMediaHtml = """<p><img src="/media/avatars/a1.webp" alt="car"> as stored</p>""";
    private const string PlainHtml = "<p>plain, as stored</p>";

    private TestDatabase database = null!;
    private string authorId = "";

    public async Task InitializeAsync()
    {
        database = await TestDatabase.CreateAsync();
        authorId = await database.CreateMemberAsync("王伟");
        // A database from before the refresh: a new one records it as done at its first start (nothing old to clean).
        await using var db = database.CreateDbContext();
        Assert.Equal(1, await db.DataTaskRuns.Where(r => r.Name == StoredHtmlRefresh.TaskName).ExecuteDeleteAsync());
    }

    public async Task DisposeAsync() => await database.DisposeAsync();

    [Fact]
    public async Task Only_rows_with_a_refused_image_are_rendered_again_and_a_second_run_does_nothing()
    {
        var (remote, own, plain) = await PostsAsync();
        var remoteEvent = await EventAsync("Look ![pixel](https://tracker.example/e.gif)", RemoteHtml);
        var plainEvent = await EventAsync("Other words", PlainHtml);
        var remoteArticle = await ArticleAsync("remote", "Look ![pixel](https://tracker.example/a.gif)", RemoteHtml);
        var plainArticle = await ArticleAsync("plain", "Other words", PlainHtml);

        Assert.Equal(3, await database.Get<StoredHtmlRefresh>().RunAsync());

        await using (var db = database.CreateDbContext())
        {
            var posts = await db.Posts.ToDictionaryAsync(p => p.Id, p => p.BodyHtml);
            Assert.DoesNotContain("<img", posts[remote], StringComparison.Ordinal);
            Assert.Contains("""<a href="https://tracker.example/p.gif?u=42" rel="nofollow ugc noopener">pixel</a>""", posts[remote], StringComparison.Ordinal);
            Assert.Equal(OwnMediaHtml, posts[own]);
            Assert.Equal(PlainHtml, posts[plain]);

            var events = await db.Events.ToDictionaryAsync(e => e.Id, e => e.DescriptionHtml);
            Assert.DoesNotContain("<img", events[remoteEvent], StringComparison.Ordinal);
            Assert.Contains("https://tracker.example/e.gif", events[remoteEvent], StringComparison.Ordinal);
            Assert.Equal(PlainHtml, events[plainEvent]);

            var articles = await db.Articles.ToDictionaryAsync(a => a.Id);
            Assert.DoesNotContain("<img", articles[remoteArticle].BodyHtml, StringComparison.Ordinal);
            Assert.Contains("Look", articles[remoteArticle].BodyHtml, StringComparison.Ordinal);
            Assert.Equal(TestDatabase.Start, articles[remoteArticle].UpdatedAt);
            Assert.Equal(PlainHtml, articles[plainArticle].BodyHtml);
            Assert.Equal(TestDatabase.Start, articles[plainArticle].UpdatedAt);
        }

        // A second start skips the scan: the finished run is recorded, and a row written with a remote image after it
        // (which the renderer no longer does) is left alone.
        var (later, _, _) = await PostsAsync();
        Assert.Equal(0, await database.Get<StoredHtmlRefresh>().RunAsync());
        await using (var db = database.CreateDbContext())
        {
            Assert.Equal(RemoteHtml, await db.Posts.Where(p => p.Id == later).Select(p => p.BodyHtml).SingleAsync());
            var run = await db.DataTaskRuns.SingleAsync(r => r.Name == StoredHtmlRefresh.TaskName);
            Assert.Equal(3, run.Changed);
        }
    }

    [Fact]
    public async Task A_start_re_renders_through_the_database_initializer()
    {
        var (remote, _, _) = await PostsAsync();

        await database.Get<DatabaseInitializer>().InitializeAsync(seedDemoData: false);

        await using var db = database.CreateDbContext();
        var html = await db.Posts.Where(p => p.Id == remote).Select(p => p.BodyHtml).SingleAsync();
        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""<p><img alt="x" src="https://elsewhere.example/x.png"></p>""", true)]
    [InlineData("""<p><IMG SRC='//elsewhere.example/x.png'></p>""", true)]
    [InlineData("""<p><img alt="no source"></p>""", true)]
    [InlineData("""<p><img src="/media/avatars/a1.webp" alt="x"><img src="/media/event-covers/c.webp"></p>""", false)]
    [InlineData("<p>an &lt;img&gt; written as words</p>", false)]
    public void An_image_is_refused_unless_it_is_own_media(string html, bool refused) =>
        Assert.Equal(refused, StoredHtmlRefresh.HasRefusedImage(html, MarkdownRenderer.IsOwnMedia));

    /// <summary>Three opening posts as an older renderer stored them: a remote image, an own-media image, no image.</summary>
    private async Task<(long Remote, long Own, long Plain)> PostsAsync()
    {
        await using var db = database.CreateDbContext();
        var boardId = await db.Boards.OrderBy(b => b.Id).Select(b => b.Id).FirstAsync();
        var posts = new[]
        {
            ("Look ![pixel](https://tracker.example/p.gif?u=42)", RemoteHtml),
            ("![car](/media/avatars/a1.webp) rendered differently now", OwnMediaHtml),
            ("Different words now", PlainHtml),
        }.Select(row =>
        {
            var thread = new ForumThread
            {
                BoardId = boardId, AuthorId = authorId, Title = "An older thread", Slug = "an-older-thread", LastPosterId = authorId,
                CreatedAt = TestDatabase.Start, LastActivityAt = TestDatabase.Start, PostCount = 1,
            };
            db.Threads.Add(thread);
            var post = new Post { Thread = thread, Number = 1, AuthorId = authorId, Body = row.Item1, BodyHtml = row.Item2, CreatedAt = TestDatabase.Start };
            db.Posts.Add(post);
            return post;
        }).ToList();
        await db.SaveChangesAsync();
        return (posts[0].Id, posts[1].Id, posts[2].Id);
    }

    private async Task<int> EventAsync(string description, string html)
    {
        await using var db = database.CreateDbContext();
        var ev = new OwnerEvent
        {
            Title = "Winter meet-up", Slug = "winter-meet-up", TimeZoneId = "Asia/Shanghai", City = "上海", CreatedById = authorId,
            Description = description, DescriptionHtml = html, Capacity = 10, CreatedAt = TestDatabase.Start,
            StartsAt = TestDatabase.Start.AddDays(10), EndsAt = TestDatabase.Start.AddDays(10).AddHours(2),
        };
        db.Events.Add(ev);
        await db.SaveChangesAsync();
        return ev.Id;
    }

    private async Task<int> ArticleAsync(string slug, string body, string html)
    {
        await using var db = database.CreateDbContext();
        var article = new Article
        {
            Title = "An older article", Slug = slug, Body = body, BodyHtml = html, AuthorId = authorId, UpdatedById = authorId,
            Status = ArticleStatus.Published, PublishedAt = TestDatabase.Start, CreatedAt = TestDatabase.Start, UpdatedAt = TestDatabase.Start,
        };
        db.Articles.Add(article);
        await db.SaveChangesAsync();
        return article.Id;
    }
}
