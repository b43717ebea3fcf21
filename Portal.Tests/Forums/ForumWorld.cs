using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Forums;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Forums;

/// <summary>A real, migrated database (with the catalog boards), and builders for members and threads, for the forum tests.</summary>
public sealed class ForumWorld : IAsyncDisposable
{
    private ForumWorld(TestDatabase database) => Database = database;

    public TestDatabase Database { get; }

    public int BoardId { get; private set; }

    public ForumService Forum => Database.Get<ForumService>();

    public ForumInteractions Interactions => Database.Get<ForumInteractions>();

    public ForumModeration Moderation => Database.Get<ForumModeration>();

    public ForumReports Reports => Database.Get<ForumReports>();

    public ForumReader Reader => Database.Get<ForumReader>();

    public ForumSearch Search => Database.Get<ForumSearch>();

    public static async Task<ForumWorld> CreateAsync(Action<IServiceCollection>? configure = null)
    {
        var world = new ForumWorld(await TestDatabase.CreateAsync(configure));
        await using var db = world.Database.CreateDbContext();
        world.BoardId = (await db.Boards.SingleAsync(b => b.Slug == "charging-range")).Id;
        return world;
    }

    public async Task<int> AddBoardAsync(string slug)
    {
        await using var db = Database.CreateDbContext();
        var board = new Board { Slug = slug, Name = slug, NameZh = slug, Description = slug, DescriptionZh = slug, Kind = BoardKind.Topic, Position = await db.Boards.CountAsync() };
        db.Boards.Add(board);
        await db.SaveChangesAsync();
        return board.Id;
    }

    /// <summary>A member who joined a month ago, past the new-member limits.</summary>
    public async Task<string> VeteranAsync(string name, params string[] roles)
    {
        var id = await Database.CreateMemberAsync(name, roles);
        await using var db = Database.CreateDbContext();
        await db.Users.Where(u => u.Id == id).ExecuteUpdateAsync(s => s.SetProperty(u => u.JoinedAt, Database.Clock.GetUtcNow().AddDays(-30)));
        return id;
    }

    /// <summary>Starts a thread and moves the clock past the posting cool-down.</summary>
    public async Task<PostLocation> ThreadAsync(string authorId, string title = "Winter range on the Vela", string body = "How much range do you lose in winter?", params string[] tags)
    {
        var result = await Forum.StartThreadAsync(authorId, new ThreadDraft { BoardId = BoardId, Title = title, Body = body, Tags = [.. tags] });
        Assert.True(result.Succeeded, string.Join(", ", result.Problems.Select(p => p.Code)));
        Tick();
        return result.Value!;
    }

    public async Task<PostLocation> ReplyAsync(string authorId, long threadId, string body)
    {
        var result = await Forum.ReplyAsync(authorId, threadId, body);
        Assert.True(result.Succeeded, string.Join(", ", result.Problems.Select(p => p.Code)));
        Tick();
        return result.Value!;
    }

    public void Tick() => Database.Clock.Advance(TimeSpan.FromSeconds(11));

    public ValueTask DisposeAsync() => Database.DisposeAsync();
}
