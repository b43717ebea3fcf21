using System.Net;
using System.ServiceModel.Syndication;
using System.Xml;
using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Articles;
using Portal.Domain.Data;
using Portal.Domain.Forums;
using Portal.Domain.Seeding;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Articles;

/// <summary>The whole app on the demo data: article pages, the 301 for old slugs, the feeds, the sitemap, robots.txt and the head tags.</summary>
public sealed class ArticlePagesTests(PortalAppFactory app) : IClassFixture<PortalAppFactory>
{
    private const string Base = "http://localhost";

    [Fact]
    public async Task A_draft_is_404_for_owners_and_visitors_and_a_preview_for_editors()
    {
        var (_, slug) = await CreateAsync("Draft for staff eyes only", publish: false);

        using var anonymous = await app.CreateClient().GetAsync(ArticleUrls.Page(slug));
        Assert.Equal(HttpStatusCode.NotFound, anonymous.StatusCode);

        var owner = app.CreateFormClient();
        Assert.Equal(HttpStatusCode.Found, (await owner.SignInAsync(DemoAccounts.OwnerEmail, DemoAccounts.Password)).StatusCode);
        using var ownerPage = await owner.Http.GetAsync(ArticleUrls.Page(slug));
        Assert.Equal(HttpStatusCode.NotFound, ownerPage.StatusCode);

        var editor = app.CreateFormClient();
        Assert.Equal(HttpStatusCode.Found, (await editor.SignInAsync(DemoAccounts.EditorEmail, DemoAccounts.Password)).StatusCode);
        using var editorPage = await editor.Http.GetAsync(ArticleUrls.Page(slug));
        Assert.Equal(HttpStatusCode.OK, editorPage.StatusCode);
        var html = await editorPage.Content.ReadAsStringAsync();
        Assert.Contains("data-testid=\"preview-banner\"", html, StringComparison.Ordinal);
        Assert.Contains("Draft for staff eyes only", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_old_slug_answers_301_with_the_new_address()
    {
        var (id, slug) = await CreateAsync("Title before the rename", publish: true);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var studio = scope.ServiceProvider.GetRequiredService<ArticleStudio>();
            var editorId = await EditorIdAsync(scope);
            var state = (await studio.LoadAsync(editorId, id)).Value!;
            Assert.True((await studio.SaveAsync(editorId, id, state.Draft with { Slug = "title-after-the-rename" }, state.Version)).Succeeded);
        }

        var client = app.CreateFormClient().Http;
        using var old = await client.GetAsync(ArticleUrls.Page(slug) + "?ref=mail");
        Assert.Equal(HttpStatusCode.MovedPermanently, old.StatusCode);
        Assert.Equal("/articles/title-after-the-rename?ref=mail", old.Headers.Location!.ToString());

        using var current = await client.GetAsync("/articles/title-after-the-rename");
        Assert.Equal(HttpStatusCode.OK, current.StatusCode);
        using var missing = await client.GetAsync("/articles/no-such-article-ever");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task The_rss_and_atom_feeds_parse_back_newest_first_with_absolute_links_and_no_drafts()
    {
        var (_, draftSlug) = await CreateAsync("Feed draft never shown", publish: false);
        var published = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            published.Add((await CreateAsync($"Feed article {i}", publish: true)).Slug);
        }

        foreach (var path in new[] { ArticleUrls.Rss, ArticleUrls.Atom })
        {
            using var response = await app.CreateClient().GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            using var reader = XmlReader.Create(await response.Content.ReadAsStreamAsync());
            var feed = SyndicationFeed.Load(reader);
            var items = feed.Items.ToList();
            Assert.InRange(items.Count, 3, 20);
            var links = items.Select(i => i.Links.First().Uri.ToString()).ToList();
            Assert.All(links, l => Assert.StartsWith($"{Base}/articles/", l, StringComparison.Ordinal));
            Assert.DoesNotContain($"{Base}{ArticleUrls.Page(draftSlug)}", links);
            Assert.Equal([.. published.AsEnumerable().Reverse().Select(s => $"{Base}{ArticleUrls.Page(s)}")], links.Take(3));
            Assert.Equal(items.Select(i => i.PublishDate).OrderByDescending(d => d), items.Select(i => i.PublishDate));
            Assert.All(items, i => Assert.False(string.IsNullOrEmpty(i.Summary?.Text)));
        }
    }

    [Fact]
    public async Task A_category_feed_holds_only_its_category_and_an_unknown_one_is_404()
    {
        var (_, guide) = await CreateAsync("Category feed guide", publish: true, ArticleCategory.Guides);
        var (_, news) = await CreateAsync("Category feed news", publish: true, ArticleCategory.News);

        using var response = await app.CreateClient().GetAsync(ArticleUrls.CategoryFeed(ArticleCategory.Guides));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var reader = XmlReader.Create(await response.Content.ReadAsStreamAsync());
        var links = SyndicationFeed.Load(reader).Items.Select(i => i.Links.First().Uri.ToString()).ToList();
        Assert.Contains($"{Base}{ArticleUrls.Page(guide)}", links);
        Assert.DoesNotContain($"{Base}{ArticleUrls.Page(news)}", links);

        Assert.Equal(HttpStatusCode.NotFound, (await app.CreateClient().GetAsync("/articles/category/recipes/feed.xml")).StatusCode);
    }

    [Fact]
    public async Task The_sitemap_lists_articles_boards_and_public_threads_and_robots_points_at_it()
    {
        var (_, slug) = await CreateAsync("Sitemap article", publish: true);
        var (_, draft) = await CreateAsync("Sitemap draft", publish: false);
        long hiddenThread;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
            hiddenThread = await db.Threads.Where(t => t.IsHidden).Select(t => t.Id).FirstOrDefaultAsync();
        }

        using var response = await app.CreateClient().GetAsync(ArticleUrls.Sitemap);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = XDocument.Parse(await response.Content.ReadAsStringAsync());
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        Assert.Equal(ns + "urlset", document.Root!.Name);
        var locations = document.Root.Elements(ns + "url").Select(u => u.Element(ns + "loc")!.Value).ToList();
        Assert.All(locations, l => Assert.StartsWith($"{Base}/", l, StringComparison.Ordinal));
        Assert.Contains($"{Base}{ArticleUrls.Page(slug)}", locations);
        Assert.DoesNotContain($"{Base}{ArticleUrls.Page(draft)}", locations);
        Assert.Contains($"{Base}{ForumUrls.Board(BoardCatalog.EventsTalk)}", locations);
        Assert.Contains(locations, l => l.StartsWith($"{Base}/forums/t/", StringComparison.Ordinal));
        if (hiddenThread != 0)
        {
            Assert.DoesNotContain(locations, l => l.StartsWith($"{Base}/forums/t/{hiddenThread}/", StringComparison.Ordinal));
        }

        Assert.All(document.Root.Elements(ns + "url").Select(u => u.Element(ns + "lastmod")?.Value).OfType<string>(),
            m => Assert.True(DateTimeOffset.TryParse(m, System.Globalization.CultureInfo.InvariantCulture, out _), m));

        var robots = await app.CreateClient().GetStringAsync("/robots.txt");
        Assert.Contains($"Sitemap: {Base}/sitemap.xml", robots, StringComparison.Ordinal);
        Assert.Contains("User-agent: *", robots, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_article_page_has_canonical_opengraph_and_twitter_tags_in_the_prerendered_html()
    {
        var (_, slug) = await CreateAsync("Head tags article", publish: true);

        using var response = await app.CreateClient().GetAsync(ArticleUrls.Page(slug));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        var url = $"{Base}{ArticleUrls.Page(slug)}";
        Assert.Contains($"<link rel=\"canonical\" href=\"{url}\"", html, StringComparison.Ordinal);
        Assert.Contains($"<meta property=\"og:url\" content=\"{url}\"", html, StringComparison.Ordinal);
        Assert.Contains("<meta property=\"og:type\" content=\"article\"", html, StringComparison.Ordinal);
        Assert.Contains("<meta property=\"og:title\" content=\"Head tags article\"", html, StringComparison.Ordinal);
        Assert.Contains("<meta property=\"og:description\" content=\"About Head tags article\"", html, StringComparison.Ordinal);
        Assert.Contains("<meta property=\"article:published_time\"", html, StringComparison.Ordinal);
        Assert.Contains("<meta name=\"twitter:card\"", html, StringComparison.Ordinal);
        Assert.Contains("<meta name=\"description\" content=\"About Head tags article\"", html, StringComparison.Ordinal);
        Assert.Contains("<link rel=\"alternate\" type=\"application/rss", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"article-page\"", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"article-body\"", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"read-end\"", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"share-article\"", html, StringComparison.Ordinal);
        Assert.Contains("1 min read", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_list_survives_a_mangled_page_and_the_home_page_shows_the_latest_articles()
    {
        var (_, slug) = await CreateAsync("Listed on the home page", publish: true);

        foreach (var path in new[] { "/articles?page=abc", "/articles?page=-1", "/articles?page=999999999999", "/articles?category=nonsense&tag=%20", "/articles?car=true" })
        {
            using var response = await app.CreateClient().GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var html = await response.Content.ReadAsStringAsync();
            Assert.Contains("data-testid=\"featured-article\"", html, StringComparison.Ordinal);
        }

        var home = await app.CreateClient().GetStringAsync("/");
        Assert.Contains("data-testid=\"home-latest-articles\"", home, StringComparison.Ordinal);
        Assert.Contains(ArticleUrls.Page(slug), home, StringComparison.Ordinal);
    }

    private async Task<(int Id, string Slug)> CreateAsync(string title, bool publish, ArticleCategory category = ArticleCategory.News)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var studio = scope.ServiceProvider.GetRequiredService<ArticleStudio>();
        var editorId = await EditorIdAsync(scope);
        var created = await studio.CreateAsync(editorId, new ArticleDraft { Title = title, Summary = $"About {title}", Body = $"Text of {title}.", Category = category });
        Assert.True(created.Succeeded, string.Join(", ", created.Problems.Select(p => p.Code)));
        if (publish)
        {
            Assert.True((await studio.PublishAsync(editorId, created.Value)).Succeeded);
        }

        var state = (await studio.LoadAsync(editorId, created.Value)).Value!;
        return (created.Value, state.Slug);
    }

    private static async Task<string> EditorIdAsync(AsyncServiceScope scope)
    {
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        return await db.Users.Where(u => u.Email == DemoAccounts.EditorEmail).Select(u => u.Id).SingleAsync();
    }
}
