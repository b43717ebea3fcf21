using Portal.Domain.Forums;

namespace Portal.Tests.Forums;

public sealed class ForumSearchTests : IAsyncLifetime
{
    private ForumWorld world = null!;
    private string lin = "";
    private string wang = "";

    public async Task InitializeAsync()
    {
        world = await ForumWorld.CreateAsync();
        lin = await world.VeteranAsync("Lin");
        wang = await world.VeteranAsync("王磊");
        await world.ThreadAsync(lin, "Winter range on the Vela", "Preheating the battery helps a lot when charging in the cold.");
        await world.ThreadAsync(wang, "冬季续航记录", "哈尔滨零下十八度，满电实际续航三百一十公里。");
        await world.ThreadAsync(lin, "Tyre noise on the highway", "The stock tyres get loud above 100 km/h.");
    }

    public async Task DisposeAsync() => await world.DisposeAsync();

    [Theory]
    [InlineData("charging", "Winter range on the Vela")]
    [InlineData("charge", "Winter range on the Vela")]
    [InlineData("续航", "冬季续航记录")]
    [InlineData("零下", "冬季续航记录")]
    [InlineData("tyres loud", "Tyre noise on the highway")]
    public async Task Finds_english_by_stem_and_prefix_and_chinese_words_without_spaces(string query, string expectedTitle)
    {
        var results = await world.Search.SearchAsync(query, null, null, 1, null);

        Assert.Equal(expectedTitle, Assert.Single(results.Hits).ThreadTitle);
    }

    [Fact]
    public async Task The_snippet_marks_the_match_and_reads_without_the_index_spacing()
    {
        var hit = Assert.Single((await world.Search.SearchAsync("续航", null, null, 1, null)).Hits);

        Assert.Equal("哈尔滨零下十八度，满电实际<mark>续航</mark>三百一十公里。", hit.SnippetHtml);
    }

    [Fact]
    public async Task Snippets_are_encoded_text()
    {
        await world.ThreadAsync(lin, "Script kiddie test", "Here is <script>alert(1)</script> inside a code mention.");

        var hit = Assert.Single((await world.Search.SearchAsync("kiddie", null, null, 1, null)).Hits);

        Assert.DoesNotContain("<script", hit.SnippetHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Author_and_board_filters_narrow_the_results()
    {
        var other = await world.AddBoardAsync("test-board");

        Assert.Empty((await world.Search.SearchAsync("续航", null, lin, 1, null)).Hits);
        Assert.Single((await world.Search.SearchAsync("续航", null, wang, 1, null)).Hits);
        Assert.Empty((await world.Search.SearchAsync("winter", other, null, 1, null)).Hits);
        Assert.Single((await world.Search.SearchAsync("winter", world.BoardId, null, 1, null)).Hits);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\"*)(^")]
    [InlineData("NEAR(a b) OR")]
    public async Task Operators_and_empty_queries_never_throw(string query)
    {
        var results = await world.Search.SearchAsync(query, null, null, 1, null);

        Assert.NotNull(results);
    }

    [Fact]
    public async Task An_edit_is_searchable_and_the_old_text_is_not()
    {
        var location = await world.ThreadAsync(lin, "Blades for the Nova", "Which blades fit the Nova best?");
        var reply = await world.ReplyAsync(wang, location.ThreadId, "Use the original wiper set from the service centre.");

        await world.Forum.EditPostAsync(wang, reply.PostId, "Use the original windscreen set from the service centre.");

        Assert.Empty((await world.Search.SearchAsync("wiper", null, null, 1, null)).Hits);
        Assert.Equal(reply.PostId, Assert.Single((await world.Search.SearchAsync("windscreen", null, null, 1, null)).Hits).Location.PostId);
    }
}
