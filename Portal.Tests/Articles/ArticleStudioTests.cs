using Microsoft.EntityFrameworkCore;
using Portal.Domain.Articles;

namespace Portal.Tests.Articles;

/// <summary>The Studio's saves: slugs (English, Chinese, duplicates, renames), the autosave version check and revisions.</summary>
public sealed class ArticleStudioTests : IAsyncLifetime
{
    private PublishingWorld world = default!;

    public async Task InitializeAsync() => world = await PublishingWorld.CreateAsync();

    public async Task DisposeAsync() => await world.DisposeAsync();

    [Fact]
    public async Task Slugs_come_from_english_and_chinese_titles_and_duplicates_get_a_number()
    {
        var english = await SlugAsync(await world.CreateAsync(PublishingWorld.Draft("Winter range, explained")));
        var duplicate = await SlugAsync(await world.CreateAsync(PublishingWorld.Draft("Winter Range explained!")));
        var chinese = await SlugAsync(await world.CreateAsync(PublishingWorld.Draft("冬季续航指南")));
        var chineseAgain = await SlugAsync(await world.CreateAsync(PublishingWorld.Draft("冬季续航指南")));

        Assert.Equal("winter-range-explained", english);
        Assert.Equal("winter-range-explained-2", duplicate);
        Assert.Matches("^[a-z0-9]+(-[a-z0-9]+)+$", chinese);
        Assert.NotEqual(ArticleSlugsFallback, chinese);
        Assert.Equal($"{chinese}-2", chineseAgain);
    }

    [Fact]
    public async Task A_published_articles_renamed_slug_redirects_and_its_old_slug_is_not_given_to_another_article()
    {
        var id = await world.PublishedAsync(PublishingWorld.Draft("Home charging basics"));
        var state = (await world.Studio.LoadAsync(world.EditorId, id)).Value!;
        Assert.True((await world.Studio.SaveAsync(world.EditorId, id, state.Draft with { Slug = "home-charging" }, state.Version)).Succeeded);

        Assert.Equal("home-charging", await SlugAsync(id));
        await using (var db = world.Database.CreateDbContext())
        {
            Assert.Equal(id, await db.ArticleSlugRedirects.Where(r => r.Slug == "home-charging-basics").Select(r => r.ArticleId).SingleAsync());
        }

        var other = await world.CreateAsync(PublishingWorld.Draft("Home charging basics"));
        Assert.Equal("home-charging-basics-2", await SlugAsync(other));
        var renamed = (await world.Studio.LoadAsync(world.EditorId, other)).Value!;
        Assert.True((await world.Studio.SaveAsync(world.EditorId, other, renamed.Draft with { Slug = "home-charging" }, renamed.Version)).Succeeded);
        Assert.Equal("home-charging-2", await SlugAsync(other));
    }

    [Fact]
    public async Task A_save_based_on_an_old_version_is_refused_and_writes_nothing()
    {
        var id = await world.CreateAsync(PublishingWorld.Draft(body: "First text."));
        var opened = (await world.Studio.LoadAsync(world.EditorId, id)).Value!;
        var mine = await world.Studio.SaveAsync(world.EditorId, id, opened.Draft with { Body = "Editor one's text." }, opened.Version);
        Assert.True(mine.Succeeded);

        var theirs = await world.Studio.SaveAsync(world.EditorId, id, opened.Draft with { Body = "Editor two's text." }, opened.Version);

        Assert.Equal(ArticleProblems.Conflict, theirs.Problems.Single().Code);
        var now = (await world.Studio.LoadAsync(world.EditorId, id)).Value!;
        Assert.Equal("Editor one's text.", now.Draft.Body);
        Assert.Equal(mine.Value, now.Version);
        await using var db = world.Database.CreateDbContext();
        Assert.DoesNotContain(await db.ArticleRevisions.Where(r => r.ArticleId == id).Select(r => r.Body).ToListAsync(), b => b.Contains("two", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Each_text_change_keeps_a_revision_and_restoring_one_adds_a_new_revision()
    {
        var id = await world.CreateAsync(PublishingWorld.Draft(body: "Version one."));
        var state = (await world.Studio.LoadAsync(world.EditorId, id)).Value!;
        var v2 = await world.Studio.SaveAsync(world.EditorId, id, state.Draft with { Body = "Version two." }, state.Version);
        var v3 = await world.Studio.SaveAsync(world.EditorId, id, state.Draft with { Body = "Version two.", IsFeatured = true }, v2.Value);
        Assert.True(v3.Succeeded);

        var restored = await world.Studio.RestoreAsync(world.EditorId, id, 1, v3.Value);

        Assert.True(restored.Succeeded);
        Assert.Equal("Version one.", (await world.Studio.LoadAsync(world.EditorId, id)).Value!.Draft.Body);
        await using var db = world.Database.CreateDbContext();
        var revisions = await db.ArticleRevisions.Where(r => r.ArticleId == id).OrderBy(r => r.Number).ToListAsync();
        Assert.Equal([1, 2, 3], revisions.Select(r => r.Number));
        Assert.Equal(["Version one.", "Version two.", "Version one."], revisions.Select(r => r.Body));
        Assert.Equal(1, revisions[2].RestoredFrom);
        Assert.Equal(ArticleProblems.RevisionNotFound, (await world.Studio.RestoreAsync(world.EditorId, id, 9, restored.Value)).Problems.Single().Code);
    }

    private const string ArticleSlugsFallback = "article";

    private async Task<string> SlugAsync(int id)
    {
        await using var db = world.Database.CreateDbContext();
        return await db.Articles.Where(a => a.Id == id).Select(a => a.Slug).SingleAsync();
    }
}
