using Microsoft.EntityFrameworkCore;
using Portal.Domain.Accounts;
using Portal.Domain.Articles;
using Portal.Domain.Content;
using Portal.Domain.Engagement;
using Portal.Domain.Forums;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Articles;

/// <summary>What readers see, on a real database: only Published articles are listed, found, related or latest; filters; featured; paging; discussion.</summary>
public sealed class ArticleReaderTests : IAsyncLifetime
{
    private TestDatabase database = default!;
    private string editor = "";

    private ArticleStudio Studio => database.Get<ArticleStudio>();

    private ArticleReader Reader => database.Get<ArticleReader>();

    public async Task InitializeAsync()
    {
        database = await TestDatabase.CreateAsync();
        editor = await database.CreateMemberAsync("Editor", Roles.Editor);
    }

    public async Task DisposeAsync() => await database.DisposeAsync();

    [Fact]
    public async Task Only_published_articles_are_listed_found_related_and_latest()
    {
        var published = await PublishedAsync("Winter range tips", tags: ["winter"], models: [1]);
        var draft = await CreateAsync("Draft about winter", tags: ["winter"], models: [1]);
        var scheduled = await CreateAsync("Scheduled winter story", tags: ["winter"], models: [1]);
        Assert.True((await Studio.ScheduleAsync(editor, scheduled, database.Clock.GetUtcNow().AddDays(1))).Succeeded);
        var archived = await PublishedAsync("Archived winter note", tags: ["winter"], models: [1]);
        Assert.True((await Studio.ArchiveAsync(editor, archived)).Succeeded);
        var other = await PublishedAsync("Another winter article", tags: ["winter"]);

        var list = await Reader.ListAsync(new ArticleListQuery());
        var listed = AllIds(list);
        Assert.Equal([other, published], listed);
        Assert.Equal(2, list.Total);
        Assert.Equal([other, published], (await Reader.LatestAsync(10)).Select(a => a.Id));

        foreach (var hidden in new[] { draft, scheduled, archived })
        {
            var slug = await SlugAsync(hidden);
            Assert.Null(await Reader.GetAsync(slug, includeUnpublished: false));
            var preview = await Reader.GetAsync(slug, includeUnpublished: true);
            Assert.NotNull(preview);
            Assert.NotEqual(ArticleStatus.Published, preview.Status);
        }

        var detail = await Reader.GetAsync(await SlugAsync(published), includeUnpublished: false);
        Assert.NotNull(detail);
        Assert.Equal([other], detail.Related.Select(r => r.Id));
        Assert.Equal("Editor", detail.Author.DisplayName);
        Assert.True(detail.Author.IsStaff);
    }

    [Fact]
    public async Task For_my_car_lists_articles_targeting_a_model_in_the_viewers_garage()
    {
        var owner = await database.CreateMemberAsync("Owner");
        await database.InsertVehicleAsync(owner, vin: null, modelId: 2);
        var vela = await PublishedAsync("Vela charging guide", models: [2, 3]);
        await PublishedAsync("Nova software update", models: [1]);
        await PublishedAsync("Brand news for everyone");

        var mine = await Reader.ListAsync(new ArticleListQuery(ForMemberCars: owner));
        Assert.Equal([vela], AllIds(mine));

        var carless = await database.CreateMemberAsync("Carless");
        var none = await Reader.ListAsync(new ArticleListQuery(ForMemberCars: carless));
        Assert.Equal(0, none.Total);
        Assert.Null(none.Featured);
    }

    [Fact]
    public async Task Category_and_tag_filter_and_the_featured_article_leads_without_repeating()
    {
        var guide = await PublishedAsync("Tyre pressure guide", category: ArticleCategory.Guides, tags: ["tyres"]);
        var news = await PublishedAsync("Factory news", category: ArticleCategory.News, tags: ["tyres"]);
        var featured = await PublishedAsync("Featured story", category: ArticleCategory.OwnerStories, featured: true);
        await PublishedAsync("Newest news", category: ArticleCategory.News);

        var all = await Reader.ListAsync(new ArticleListQuery());
        Assert.Equal(featured, all.Featured?.Id);
        Assert.DoesNotContain(all.Items, a => a.Id == featured);
        Assert.Equal(4, all.Total);

        Assert.Equal([guide], AllIds(await Reader.ListAsync(new ArticleListQuery(Category: ArticleCategory.Guides))));
        Assert.Equal([news, guide], AllIds(await Reader.ListAsync(new ArticleListQuery(Tag: "Tyres"))));
        Assert.Equal([news], AllIds(await Reader.ListAsync(new ArticleListQuery(ArticleCategory.News, "tyres"))));
        Assert.Equal(["tyres"], await Reader.TagsAsync());
    }

    [Fact]
    public async Task Paging_clamps_bad_pages_and_never_repeats_an_article()
    {
        for (var i = 0; i < ArticleReader.PageSize + 3; i++)
        {
            await PublishedAsync($"Article number {i}");
            database.Clock.Advance(TimeSpan.FromMinutes(1));
        }

        var first = await Reader.ListAsync(new ArticleListQuery(Page: -4));
        var second = await Reader.ListAsync(new ArticleListQuery(Page: 2));
        var beyond = await Reader.ListAsync(new ArticleListQuery(Page: 99));
        Assert.Equal(1, first.Page);
        Assert.Equal(2, first.PageCount);
        Assert.NotNull(first.Featured);
        Assert.Null(second.Featured);
        Assert.Equal(2, beyond.Page);
        var seen = AllIds(first).Concat(second.Items.Select(a => a.Id)).ToList();
        Assert.Equal(ArticleReader.PageSize + 3, seen.Distinct().Count());
        Assert.Equal(seen.Count, seen.Distinct().Count());
    }

    [Fact]
    public async Task Related_articles_share_a_model_or_tag_most_in_common_first_and_at_most_three()
    {
        var article = await PublishedAsync("Road trip planning", tags: ["trip", "charging"], models: [1]);
        var both = await PublishedAsync("Charging on a road trip", tags: ["trip", "charging"], models: [1]);
        var tag = await PublishedAsync("Trip snacks", tags: ["trip"]);
        var model = await PublishedAsync("Nova seats", models: [1]);
        var another = await PublishedAsync("Another trip", tags: ["trip"]);
        await PublishedAsync("Unrelated", tags: ["paint"], models: [5]);
        var draft = await CreateAsync("Draft trip", tags: ["trip", "charging"], models: [1]);

        var related = (await Reader.GetAsync(await SlugAsync(article), includeUnpublished: false))!.Related.Select(r => r.Id).ToList();

        Assert.Equal(3, related.Count);
        Assert.Equal(both, related[0]);
        Assert.DoesNotContain(article, related);
        Assert.DoesNotContain(draft, related);
        Assert.All(related.Skip(1), r => Assert.Contains(r, new[] { tag, model, another }));
    }

    [Fact]
    public async Task An_old_slug_points_at_the_current_one_only_while_the_reader_may_see_the_article()
    {
        var id = await PublishedAsync("Original title");
        var state = (await Studio.LoadAsync(editor, id)).Value!;
        var saved = await Studio.SaveAsync(editor, id, state.Draft with { Slug = "renamed-article" }, state.Version);
        Assert.True(saved.Succeeded);

        Assert.Equal("renamed-article", await Reader.CurrentSlugAsync("original-title", includeUnpublished: false));
        Assert.Null(await Reader.CurrentSlugAsync("never-existed", includeUnpublished: false));

        Assert.True((await Studio.UnpublishAsync(editor, id)).Succeeded);
        Assert.Null(await Reader.CurrentSlugAsync("original-title", includeUnpublished: false));
        Assert.Equal("renamed-article", await Reader.CurrentSlugAsync("original-title", includeUnpublished: true));
    }

    [Fact]
    public async Task The_discussion_shows_the_latest_visible_replies_and_disappears_with_a_hidden_thread()
    {
        var id = await PublishedAsync("Discussed article");
        var reader1 = await database.CreateMemberAsync("Reader One");
        long threadId;
        await using (var db = database.CreateDbContext())
        {
            var board = await db.Boards.OrderBy(b => b.Id).FirstAsync();
            var now = database.Clock.GetUtcNow();
            var thread = new ForumThread { BoardId = board.Id, AuthorId = editor, Title = "Discussed article", Slug = "discussed-article", CreatedAt = now, LastActivityAt = now, LastPosterId = reader1, PostCount = 5, ReplyCount = 4 };
            db.Threads.Add(thread);
            await db.SaveChangesAsync();
            threadId = thread.Id;
            for (var n = 1; n <= 5; n++)
            {
                db.Posts.Add(new Post
                {
                    ThreadId = thread.Id, Number = n, AuthorId = n == 1 ? editor : reader1, Body = $"Reply {n}", BodyHtml = $"<p>Reply <strong>{n}</strong></p>",
                    CreatedAt = now.AddMinutes(n), IsHidden = n == 5,
                });
            }

            await db.SaveChangesAsync();
            await db.Articles.Where(a => a.Id == id).ExecuteUpdateAsync(s => s.SetProperty(a => a.ThreadId, thread.Id));
        }

        var slug = await SlugAsync(id);
        var discussion = (await Reader.GetAsync(slug, includeUnpublished: false))!.Discussion;
        Assert.NotNull(discussion);
        Assert.Equal(4, discussion.ReplyCount);
        Assert.Equal(["Reply 2", "Reply 3", "Reply 4"], discussion.Latest.Select(r => r.Excerpt));
        Assert.All(discussion.Latest, r => Assert.Equal("Reader One", r.Author.DisplayName));
        Assert.Equal(ForumUrls.Thread(threadId, "discussed-article"), discussion.Url);
        Assert.Equal(ForumUrls.Post(threadId, "discussed-article", 4), discussion.Latest[^1].Url);

        await using (var db = database.CreateDbContext())
        {
            await db.Threads.Where(t => t.Id == threadId).ExecuteUpdateAsync(s => s.SetProperty(t => t.IsHidden, true));
        }

        Assert.Null((await Reader.GetAsync(slug, includeUnpublished: false))!.Discussion);
    }

    [Fact]
    public void The_table_of_contents_lists_h2_and_h3_with_ids_only()
    {
        var headings = ArticleHtml.Headings("<h2 id=\"charging\">Charging <em>at home</em></h2><p>x</p><h3 id=\"wallbox\">Wallbox</h3><h2>No id</h2><h4 id=\"deep\">Too deep</h4>");

        Assert.Equal([new ArticleHeading(2, "charging", "Charging at home"), new ArticleHeading(3, "wallbox", "Wallbox")], headings);
        Assert.Empty(ArticleHtml.Headings("<h2>Plain</h2><h3>Headings</h3>"));
    }

    [Fact]
    public void The_table_of_contents_reads_rendered_headings_without_their_anchor_links()
    {
        var html = database.Get<MarkdownRenderer>().RenderArticle("## Before you come\n\ntext\n\n### 冬季续航\n\nmore").Html;

        Assert.Equal([new ArticleHeading(2, "h-before-you-come", "Before you come"), new ArticleHeading(3, "h-dong-ji-xu-hang", "冬季续航")], ArticleHtml.Headings(html));
    }

    [Fact]
    public void Views_read_throughs_and_shares_are_recorded_with_the_article_id()
    {
        var pipeline = database.Get<EngagementPipeline>();
        Reader.RecordViewed(null, 42);
        Reader.RecordReadThrough("member-1", 42);
        Reader.RecordShared(null, 42);

        var signals = new List<EngagementSignal>();
        while (pipeline.Reader.TryRead(out var signal))
        {
            signals.Add(signal);
        }

        signals = [.. signals.Where(s => s.TargetType == "article")];
        Assert.Equal([EngagementKinds.ArticleViewed, EngagementKinds.ArticleReadThrough, EngagementKinds.ArticleShared], signals.Select(s => s.Kind));
        Assert.All(signals, s => Assert.Equal("42", s.TargetId));
    }

    private static List<int> AllIds(ArticleListPage page) => [.. (page.Featured is { } f ? [f] : Array.Empty<ArticleCard>()).Concat(page.Items).Select(a => a.Id)];

    private async Task<int> CreateAsync(string title, ArticleCategory category = ArticleCategory.News, string[]? tags = null, int[]? models = null, bool featured = false)
    {
        var created = await Studio.CreateAsync(editor, new ArticleDraft
        {
            Title = title,
            Summary = $"About {title}",
            Body = $"## Intro\n\nText of {title}.",
            Category = category,
            Tags = tags ?? [],
            ModelIds = models ?? [],
            IsFeatured = featured,
        });
        Assert.True(created.Succeeded, string.Join(", ", created.Problems.Select(p => p.Code)));
        database.Clock.Advance(TimeSpan.FromSeconds(30));
        return created.Value;
    }

    private async Task<int> PublishedAsync(string title, ArticleCategory category = ArticleCategory.News, string[]? tags = null, int[]? models = null, bool featured = false)
    {
        var id = await CreateAsync(title, category, tags, models, featured);
        Assert.True((await Studio.PublishAsync(editor, id)).Succeeded);
        database.Clock.Advance(TimeSpan.FromSeconds(30));
        return id;
    }

    private async Task<string> SlugAsync(int id)
    {
        await using var db = database.CreateDbContext();
        return await db.Articles.Where(a => a.Id == id).Select(a => a.Slug).SingleAsync();
    }
}
