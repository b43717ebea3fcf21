using System.Text.Json;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Accounts;
using Portal.Domain.Articles;
using Portal.Domain.Content;
using Portal.Studio.Articles;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Studio.Articles;

/// <summary>
/// The article editor on the real Studio and database: the preview follows the text, the autosave waits for the fake
/// clock's three quiet seconds and writes a revision, and a save based on an old version warns and keeps the text.
/// </summary>
public sealed class ArticleEditorTests : PortalComponentTest
{
    private TestDatabase database = null!;
    private string editorId = "";

    private ArticleStudio Studio => database.Get<ArticleStudio>();

    protected override async Task InitializeTestAsync()
    {
        database = await TestDatabase.CreateAsync();
        editorId = await database.CreateMemberAsync("Editor Wang", Roles.Editor);
        Services.AddSingleton(Studio);
        Services.AddSingleton(database.Get<ArticleImages>());
        Services.AddSingleton(database.Get<ArticleCovers>());
        Services.AddSingleton(database.Get<MarkdownRenderer>());
        Services.AddSingleton<TimeProvider>(database.Clock);
        UseViewerPreferences();
        await SignInMemberAsync(editorId, "editor@tests.portal.test", Roles.Editor);
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
    }

    protected override Task DisposeTestAsync() => database.DisposeAsync().AsTask();

    [Fact]
    public async Task Typing_updates_the_preview_through_the_article_renderer()
    {
        var id = await CreateAsync();
        var cut = Render<ArticleEditorPage>(p => p.Add(c => c.Id, id));
        cut.WaitForElement("[data-testid=article-body]").Input("Charge to **80 %** before the trip\n\n- pack a cable");

        cut.WaitForAssertion(() =>
        {
            var preview = cut.Find("[data-testid=article-preview]");
            Assert.Equal("80 %", preview.QuerySelector("strong")?.TextContent);
            Assert.Equal("pack a cable", preview.QuerySelector("li")?.TextContent);
        });
    }

    [Fact]
    public async Task A_draft_saves_itself_three_seconds_after_typing_stops()
    {
        var id = await CreateAsync();
        var cut = Render<ArticleEditorPage>(p => p.Add(c => c.Id, id));
        cut.WaitForElement("[data-testid=article-body]").Input("A second version of the text.");
        cut.WaitForAssertion(() => Assert.Equal("Unsaved", State(cut)));

        database.Clock.Advance(TimeSpan.FromSeconds(2));
        Assert.Equal(1, await RevisionCountAsync(id)); // not yet: typing only just stopped

        database.Clock.Advance(TimeSpan.FromSeconds(1.5));
        cut.WaitForAssertion(() => Assert.Equal("Saved", State(cut)));
        Assert.Equal(2, await RevisionCountAsync(id));
        await using var db = database.CreateDbContext();
        Assert.Equal("A second version of the text.", (await db.Articles.SingleAsync(a => a.Id == id)).Body);
    }

    [Fact]
    public async Task A_save_based_on_an_old_version_warns_keeps_the_text_and_overwrites_nothing()
    {
        var id = await CreateAsync();
        var cut = Render<ArticleEditorPage>(p => p.Add(c => c.Id, id));
        cut.WaitForElement("[data-testid=article-body]");

        // Another editor saves after this one opened the article.
        var other = await database.CreateMemberAsync("Editor Li", Roles.Editor);
        var opened = (await Studio.LoadAsync(other, id)).Value!;
        Assert.True((await Studio.SaveAsync(other, id, opened.Draft with { Body = "Their text." }, opened.Version)).Succeeded);

        cut.Find("[data-testid=article-body]").Input("My text.");
        database.Clock.Advance(ArticleAutosave.Delay + TimeSpan.FromSeconds(1));

        cut.WaitForAssertion(() => Assert.Equal("Conflict", State(cut)));
        Assert.Contains("Editor Li", cut.Find("[data-testid=conflict-warning]").TextContent, StringComparison.Ordinal);
        Assert.Equal("My text.", cut.Find("[data-testid=article-body]").GetAttribute("value") ?? cut.Find("[data-testid=article-body]").TextContent);
        await using var db = database.CreateDbContext();
        Assert.Equal("Their text.", (await db.Articles.SingleAsync(a => a.Id == id)).Body);

        // No second attempt behind the editor's back either.
        database.Clock.Advance(TimeSpan.FromSeconds(10));
        Assert.Equal(2, await RevisionCountAsync(id));
    }

    [Fact]
    public async Task A_browser_copy_newer_than_the_server_text_is_restored_and_saved()
    {
        var id = await CreateAsync();
        var state = (await Studio.LoadAsync(editorId, id)).Value!;
        database.Clock.Advance(TimeSpan.FromMinutes(1));
        var copy = new LocalArticleCopy(state.Draft with { Body = "Typed before the circuit was lost." }, state.Version, database.Clock.GetUtcNow());
        JSInterop.Setup<string?>("localStorage.getItem", LocalArticleCopies.Key(id)).SetResult(JsonSerializer.Serialize(copy));

        var cut = Render<ArticleEditorPage>(p => p.Add(c => c.Id, id));
        cut.WaitForElement("[data-testid=restored-notice]");
        Assert.Equal("Unsaved", State(cut));

        database.Clock.Advance(ArticleAutosave.Delay);
        cut.WaitForAssertion(() => Assert.Equal("Saved", State(cut)));
        await using var db = database.CreateDbContext();
        Assert.Equal("Typed before the circuit was lost.", (await db.Articles.SingleAsync(a => a.Id == id)).Body);
    }

    private static string? State(IRenderedComponent<ArticleEditorPage> cut) => cut.Find("[data-testid=save-indicator]").GetAttribute("data-state");

    private async Task<int> CreateAsync()
    {
        var created = await Studio.CreateAsync(editorId, new ArticleDraft { Title = "Winter range tips", Body = "The first text.", Category = ArticleCategory.Guides });
        Assert.True(created.Succeeded);
        return created.Value;
    }

    private async Task<int> RevisionCountAsync(int articleId)
    {
        await using var db = database.CreateDbContext();
        return await db.ArticleRevisions.CountAsync(r => r.ArticleId == articleId);
    }
}
