using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using Portal.Domain.Accounts;
using Portal.Domain.Articles;
using Portal.Domain.Forums;
using Portal.Forums.Search;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Forums.Search;

/// <summary>The search page and its result list, against the real FTS5 search on a temp database.</summary>
public sealed class SearchComponentTests : PortalComponentTest
{
    private ForumWorld world = null!;
    private string wang = "";

    protected override async Task InitializeTestAsync()
    {
        world = await ForumWorld.CreateAsync();
        var lin = await world.VeteranAsync("Lin");
        wang = await world.VeteranAsync("王磊");
        await world.ThreadAsync(lin, "Winter range on the Vela", "Preheating the battery helps a lot when charging in the cold.");
        await world.ThreadAsync(wang, "冬季续航记录", "哈尔滨零下十八度，满电实际续航三百一十公里。");
        await world.ThreadAsync(lin, "Odd charging noise", "When charging I hear <b>clicks</b> and see <script>alert(1)</script> in the app log.");
        Services.AddSingleton(world.Search);
        Services.AddSingleton(world.Reader);
        Services.AddSingleton(world.Database.Get<MemberDirectory>());
        Services.AddSingleton(world.Database.Get<ArticleSearch>());
        UseViewerPreferences();
        StayAnonymous();
    }

    protected override Task DisposeTestAsync() => world.DisposeAsync().AsTask();

    [Fact]
    public async Task A_snippet_keeps_its_mark_and_nothing_else_becomes_markup()
    {
        var results = await world.Search.SearchAsync("clicks", null, null, 1, null);

        var cut = RenderList(results, "clicks");

        var snippet = cut.Find("[data-testid=search-snippet]");
        Assert.Equal(["MARK"], snippet.QuerySelectorAll("*").Select(e => e.TagName));
        Assert.Equal("clicks", snippet.QuerySelector("mark")!.TextContent);
        Assert.Contains("<script>alert(1)</script>", snippet.TextContent, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("script"));
        Assert.Empty(cut.FindAll("b"));
    }

    [Fact]
    public async Task A_hit_links_to_its_post_and_shows_board_author_and_date()
    {
        var results = await world.Search.SearchAsync("续航", null, null, 1, null);

        var cut = RenderList(results, "续航");

        var hit = Assert.Single(cut.FindAll("[data-testid=search-hit]"));
        var title = hit.QuerySelector("h2 a")!;
        Assert.Equal(("冬季续航记录", results.Hits[0].Location.Url), (title.TextContent.Trim(), title.GetAttribute("href")));
        Assert.Contains("Charging & range", hit.TextContent, StringComparison.Ordinal);
        Assert.Equal("王磊", hit.QuerySelector(".portal-member__name")!.TextContent);
        Assert.NotNull(hit.QuerySelector("time"));
        Assert.Equal("哈尔滨零下十八度，满电实际<mark>续航</mark>三百一十公里。", hit.QuerySelector("[data-testid=search-snippet]")!.InnerHtml);
        Assert.Equal("Results 1–1 for “续航”", cut.Find("[data-testid=search-summary]").TextContent.Trim());
        Assert.Empty(cut.FindAll("[data-testid=more-results]"));
    }

    [Fact]
    public void More_results_links_to_the_next_page()
    {
        var hits = Enumerable.Range(1, ForumSearch.PageSize).Select(i => new SearchHit(
            new PostLocation(i, "t", i, 1), $"Thread {i}", "Board", "版块", new MemberSummary("m", "Lin", null, false, false), TestDatabase.Start, "text")).ToList();

        var cut = RenderList(new SearchResults(hits, 2, HasMore: true), "text");

        Assert.Equal("/search?page=3", cut.Find("[data-testid=more-results]").GetAttribute("href"));
        Assert.Equal("Results 21–40 for “text”", cut.Find("[data-testid=search-summary]").TextContent.Trim());
    }

    [Fact]
    public void Without_words_the_page_says_to_type_something()
    {
        var cut = RenderPage("/forums/search");

        cut.WaitForAssertion(() => Assert.Contains("Type something to search", cut.Markup, StringComparison.Ordinal));
        Assert.Empty(cut.FindAll("[data-testid=search-hit]"));
    }

    [Fact]
    public void The_page_searches_the_words_in_the_address()
    {
        var cut = RenderPage("/forums/search?q=" + Uri.EscapeDataString("续航"));

        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[data-testid=search-hit]")));
        Assert.Equal("续航", cut.Find("[data-testid=search-box] input, input[name=q]").GetAttribute("value"));
    }

    [Fact]
    public void No_results_suggests_fewer_words_and_offers_all_boards()
    {
        var cut = RenderPage("/forums/search?q=winter&board=no-such-board-filter-ignored&author=" + wang);

        cut.WaitForAssertion(() => Assert.Contains("No results for “winter”", cut.Markup, StringComparison.Ordinal));
        Assert.Contains("Try fewer words or another board.", cut.Markup, StringComparison.Ordinal);
        Assert.Equal("Posts by 王磊", cut.Find("[data-testid=author-filter] .mud-chip").TextContent.Trim());
        Assert.Equal("/forums/search?q=winter", cut.Find("[data-testid=clear-author]").GetAttribute("href"));
    }

    [Fact]
    public async Task Published_articles_show_above_the_posts_marked_as_articles_and_drafts_do_not()
    {
        var editor = await world.Database.CreateMemberAsync("Editor Zhou", Roles.Editor);
        var studio = world.Database.Get<ArticleStudio>();
        var published = await studio.CreateAsync(editor, new ArticleDraft { Title = "Winter charging guide", Body = "Charging in the cold takes longer.", Category = ArticleCategory.Guides });
        Assert.True((await studio.PublishAsync(editor, published.Value)).Succeeded);
        Assert.True((await studio.CreateAsync(editor, new ArticleDraft { Title = "Draft on charging", Body = "Charging draft text.", Category = ArticleCategory.News })).Succeeded);

        var cut = RenderPage("/forums/search?q=charging");

        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[data-testid=article-hit]")));
        var hit = cut.Find("[data-testid=article-hit]");
        Assert.Equal(("Winter charging guide", ArticleUrls.Page("winter-charging-guide")), (hit.QuerySelector("h2 a")!.TextContent.Trim(), hit.QuerySelector("h2 a")!.GetAttribute("href")));
        Assert.Equal("Article", hit.QuerySelector("[data-testid=article-chip]")!.TextContent.Trim());
        Assert.NotEmpty(cut.FindAll("[data-testid=search-hit]"));
        Assert.True(cut.Markup.IndexOf("article-hit", StringComparison.Ordinal) < cut.Markup.IndexOf("search-hit", StringComparison.Ordinal));

    }

    [Fact]
    public async Task A_page_number_past_the_end_shows_the_last_page_and_on_the_first_the_articles()
    {
        var editor = await world.Database.CreateMemberAsync("Editor Zhou", Roles.Editor);
        var studio = world.Database.Get<ArticleStudio>();
        var published = await studio.CreateAsync(editor, new ArticleDraft { Title = "Winter charging guide", Body = "Charging in the cold takes longer.", Category = ArticleCategory.Guides });
        Assert.True((await studio.PublishAsync(editor, published.Value)).Succeeded);

        var cut = RenderPage("/forums/search?q=charging&page=2147483647");

        // One page of results here, so the address's page 2147483647 shows page 1, articles included, and never a negative range.
        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[data-testid=article-hit]")));
        Assert.DoesNotContain("No results", cut.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain("-2147", cut.Markup, StringComparison.Ordinal);
    }

    private IRenderedComponent<SearchResultList> RenderList(SearchResults results, string query) =>
        Render<SearchResultList>(p => p
            .Add(c => c.Results, results)
            .Add(c => c.Query, query)
            .Add(c => c.PageUrl, page => $"/search?page={page}")
            .Add(c => c.AuthorUrl, id => $"/search?author={id}"));

    private IRenderedComponent<SearchPage> RenderPage(string uri)
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo(uri);
        Render<MudPopoverProvider>();
        return Render<SearchPage>();
    }
}
