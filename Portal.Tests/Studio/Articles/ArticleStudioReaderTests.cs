using Portal.Domain.Accounts;
using Portal.Domain.Articles;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Studio.Articles;

/// <summary>The Studio's reads (filters, paging, counts, revisions and their comparison) and cover uploads judged by content.</summary>
public sealed class ArticleStudioReaderTests : IAsyncLifetime
{
    private TestDatabase database = null!;
    private string editorId = "";

    private ArticleStudio Studio => database.Get<ArticleStudio>();

    private ArticleStudioReader Reader => database.Get<ArticleStudioReader>();

    public async Task InitializeAsync()
    {
        database = await TestDatabase.CreateAsync();
        editorId = await database.CreateMemberAsync("Editor Wang", Roles.Editor);
    }

    public async Task DisposeAsync() => await database.DisposeAsync();

    [Fact]
    public async Task The_list_filters_by_status_category_and_title_words_and_pages_last_edited_first()
    {
        var guide = await CreateAsync("Charging 100% of the time", ArticleCategory.Guides);
        var news = await CreateAsync("Nova recall notice", ArticleCategory.News);
        Assert.True((await Studio.PublishAsync(editorId, news)).Succeeded);
        for (var i = 0; i < ArticleStudioReader.PageSize; i++)
        {
            database.Clock.Advance(TimeSpan.FromMinutes(1));
            await CreateAsync($"Owner story number {i}", ArticleCategory.OwnerStories);
        }

        var first = await Reader.ListAsync(new StudioArticleQuery(), 1);
        Assert.Equal((ArticleStudioReader.PageSize + 2, 2), (first.Total, first.PageCount));
        Assert.Equal($"Owner story number {ArticleStudioReader.PageSize - 1}", first.Rows[0].Title);
        Assert.Equal("Editor Wang", first.Rows[0].AuthorName);
        Assert.Equal([news, guide], (await Reader.ListAsync(new StudioArticleQuery(), 2)).Rows.Select(r => r.Id));

        Assert.Equal(news, Assert.Single((await Reader.ListAsync(new StudioArticleQuery(Status: ArticleStatus.Published), 1)).Rows).Id);
        Assert.Equal(guide, Assert.Single((await Reader.ListAsync(new StudioArticleQuery(Category: ArticleCategory.Guides), 1)).Rows).Id);
        Assert.Equal(news, Assert.Single((await Reader.ListAsync(new StudioArticleQuery(Search: "RECALL"), 1)).Rows).Id);
        Assert.Equal(guide, Assert.Single((await Reader.ListAsync(new StudioArticleQuery(Search: "100%"), 1)).Rows).Id); // % is a character, not a wildcard
        Assert.Empty((await Reader.ListAsync(new StudioArticleQuery(ArticleStatus.Draft, ArticleCategory.News), 1)).Rows);

        var counts = await Reader.CountsAsync();
        Assert.Equal((ArticleStudioReader.PageSize + 1, 1, 0, 0), (counts[ArticleStatus.Draft], counts[ArticleStatus.Published], counts[ArticleStatus.Scheduled], counts[ArticleStatus.Archived]));
    }

    [Fact]
    public async Task Two_revisions_compare_line_by_line_and_a_restore_is_listed_as_restored_from()
    {
        var id = await CreateAsync("Winter tips", ArticleCategory.Guides, "Keep the car plugged in.\nPrecondition the cabin.\nDrive gently.");
        var state = (await Studio.LoadAsync(editorId, id)).Value!;
        var saved = await Studio.SaveAsync(editorId, id, state.Draft with { Body = "Keep the car plugged in.\nUse seat heating.\nDrive gently." }, state.Version);
        Assert.True((await Studio.RestoreAsync(editorId, id, 1, saved.Value)).Succeeded);

        var revisions = await Reader.RevisionsAsync(id);
        Assert.Equal([3, 2, 1], revisions.Select(r => r.Number));
        Assert.Equal(1, revisions[0].RestoredFrom);
        Assert.Equal("Editor Wang", revisions[1].EditorName);

        var diff = (await Reader.CompareAsync(id, 1, 2))!;
        Assert.Equal((1, 1), (diff.Added, diff.Removed));
        Assert.Equal("Precondition the cabin.", Assert.Single(diff.Inline, l => l.Change == ArticleDiffChange.Removed).Text);
        Assert.Equal("Use seat heating.", Assert.Single(diff.Inline, l => l.Change == ArticleDiffChange.Added).Text);
        var changed = Assert.Single(diff.SideBySide, r => r.Old?.Change == ArticleDiffChange.Removed);
        Assert.Equal(("Precondition the cabin.", "Use seat heating."), (changed.Old!.Text, changed.New!.Text));
        Assert.Null(await Reader.CompareAsync(id, 1, 9));
    }

    [Fact]
    public async Task A_cover_is_judged_by_its_content_and_only_staff_set_one()
    {
        var id = await CreateAsync("Cover test", ArticleCategory.News);
        var covers = database.Get<ArticleCovers>();
        using (var text = new MemoryStream("GIF89a<script>alert(1)</script>"u8.ToArray()))
        {
            Assert.Equal(ArticleProblems.NotImage, Assert.Single((await covers.SetCoverAsync(editorId, id, text)).Problems).Code);
        }

        var owner = await database.CreateMemberAsync("Owner Zhao");
        using (var png = new MemoryStream(TestImages.Png(64, 36)))
        {
            Assert.Equal(ArticleProblems.Forbidden, Assert.Single((await covers.SetCoverAsync(owner, id, png)).Problems).Code);
        }

        Assert.Null((await Studio.LoadAsync(editorId, id)).Value!.CoverFile);
        using (var png = new MemoryStream(TestImages.Png(1920, 1080)))
        {
            Assert.True((await covers.SetCoverAsync(editorId, id, png)).Succeeded);
        }

        Assert.StartsWith(ArticleCoverImages.Profile.FilePrefix, (await Studio.LoadAsync(editorId, id)).Value!.CoverFile, StringComparison.Ordinal);
        Assert.True((await covers.RemoveCoverAsync(editorId, id)).Succeeded);
        Assert.Null((await Studio.LoadAsync(editorId, id)).Value!.CoverFile);
    }

    [Fact]
    public async Task A_picture_in_the_text_is_stored_and_its_address_returned()
    {
        var id = await CreateAsync("Picture test", ArticleCategory.News);
        using var png = new MemoryStream(TestImages.Png(800, 1200));
        var added = await database.Get<ArticleImages>().AddAsync(editorId, id, png);
        Assert.True(added.Succeeded);
        Assert.StartsWith($"/media/{ArticleBodyImages.Kind}/{ArticleBodyImages.Profile.FilePrefix}", added.Value, StringComparison.Ordinal);
    }

    private async Task<int> CreateAsync(string title, ArticleCategory category, string body = "Some text.")
    {
        var created = await Studio.CreateAsync(editorId, new ArticleDraft { Title = title, Body = body, Category = category });
        Assert.True(created.Succeeded);
        return created.Value;
    }
}
