using Portal.Domain.Accounts;
using Portal.Domain.Articles;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Articles;

/// <summary>A real, migrated database with an editor, and builders for articles in each status, for the publishing tests.</summary>
public sealed class PublishingWorld : IAsyncDisposable
{
    private PublishingWorld(TestDatabase database, string editorId)
    {
        Database = database;
        EditorId = editorId;
    }

    public TestDatabase Database { get; }

    public string EditorId { get; }

    public ArticleStudio Studio => Database.Get<ArticleStudio>();

    public ArticleScheduler Scheduler => Database.Get<ArticleScheduler>();

    public static async Task<PublishingWorld> CreateAsync()
    {
        var database = await TestDatabase.CreateAsync();
        return new PublishingWorld(database, await database.CreateMemberAsync("Editor Lin", Roles.Editor));
    }

    public static ArticleDraft Draft(string title = "Winter range, explained", string body = "Cold batteries hold less charge, so plan a longer stop.", params int[] modelIds) => new()
    {
        Title = title,
        Summary = "What changes in the cold and what to do about it.",
        Body = body,
        Category = ArticleCategory.Guides,
        ModelIds = modelIds,
    };

    public async Task<int> CreateAsync(ArticleDraft draft)
    {
        var created = await Studio.CreateAsync(EditorId, draft);
        Assert.True(created.Succeeded, string.Join(", ", created.Problems.Select(p => p.Code)));
        return created.Value;
    }

    public async Task<int> PublishedAsync(ArticleDraft draft)
    {
        var id = await CreateAsync(draft);
        Assert.True((await Studio.PublishAsync(EditorId, id)).Succeeded);
        return id;
    }

    public async ValueTask DisposeAsync() => await Database.DisposeAsync();
}
