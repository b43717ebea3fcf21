using Portal.Domain.Articles;

namespace Portal.Tests.Articles;

/// <summary>The ArticleSearch index follows the status: published articles are found in English and Chinese, drafts and unpublished ones never.</summary>
public sealed class ArticleSearchTests : IAsyncLifetime
{
    private PublishingWorld world = default!;

    public async Task InitializeAsync() => world = await PublishingWorld.CreateAsync();

    public async Task DisposeAsync() => await world.DisposeAsync();

    private ArticleSearch Search => world.Database.Get<ArticleSearch>();

    [Fact]
    public async Task Published_articles_are_found_in_both_languages_and_drafts_are_not()
    {
        var english = await world.PublishedAsync(PublishingWorld.Draft("Charging at home", "A wallbox charges overnight for the commute."));
        var chinese = await world.PublishedAsync(PublishingWorld.Draft("冬季续航指南", "低温下电池容量会下降，出发前请预热电池。"));
        await world.CreateAsync(PublishingWorld.Draft("Draft about charging", "Charging secrets nobody may read yet."));

        var charging = await Search.SearchAsync("charge");
        Assert.Equal([english], charging.Select(h => h.Id));
        Assert.Contains("<mark>", charging[0].SnippetHtml, StringComparison.Ordinal);
        Assert.Equal(ArticleUrls.Page("charging-at-home"), charging[0].Url);

        var range = await Search.SearchAsync("续航");
        Assert.Equal([chinese], range.Select(h => h.Id));
        Assert.Equal([chinese], (await Search.SearchAsync("预热")).Select(h => h.Id));
        Assert.Empty(await Search.SearchAsync("secrets"));
        Assert.Empty(await Search.SearchAsync("  "));
    }

    [Fact]
    public async Task Saving_a_published_article_reindexes_it_and_going_dark_removes_it()
    {
        var id = await world.PublishedAsync(PublishingWorld.Draft("Tyre pressure", "Check the pressure monthly."));
        var state = (await world.Studio.LoadAsync(world.EditorId, id)).Value!;
        var saved = await world.Studio.SaveAsync(world.EditorId, id, state.Draft with { Body = "Rotate the tyres every spring." }, state.Version);
        Assert.True(saved.Succeeded);

        Assert.Empty(await Search.SearchAsync("monthly"));
        Assert.Equal([id], (await Search.SearchAsync("rotate")).Select(h => h.Id));

        Assert.True((await world.Studio.UnpublishAsync(world.EditorId, id)).Succeeded);
        Assert.Empty(await Search.SearchAsync("rotate"));
        Assert.True((await world.Studio.PublishAsync(world.EditorId, id)).Succeeded);
        Assert.Equal([id], (await Search.SearchAsync("tyre")).Select(h => h.Id));
        Assert.True((await world.Studio.ArchiveAsync(world.EditorId, id)).Succeeded);
        Assert.Empty(await Search.SearchAsync("tyre"));
    }
}
