using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Portal.Domain;
using Portal.Domain.Accounts;
using Portal.Domain.Data;
using Portal.Domain.Forums;

namespace ForumPaging;

/// <summary>A migrated SQLite file in a temp folder with one long thread and a board full of threads.</summary>
internal sealed class BenchWorld : IAsyncDisposable
{
    private readonly string directory;
    private readonly ServiceProvider services;
    private readonly AsyncServiceScope scope;
    private long threadId;
    private int boardId;

    private BenchWorld(string directory, ServiceProvider services)
    {
        this.directory = directory;
        this.services = services;
        scope = services.CreateAsyncScope();
    }

    private ForumReader Reader => scope.ServiceProvider.GetRequiredService<ForumReader>();

    public static async Task<BenchWorld> CreateAsync(BenchOptions options)
    {
        var directory = Path.Combine(Path.GetTempPath(), "portal-bench", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Portal:DataDirectory"] = "data" }).Build();
        var collection = new ServiceCollection().AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        collection.AddPortalDomain(configuration, directory);
        var world = new BenchWorld(directory, collection.BuildServiceProvider());
        await world.scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(seedDemoData: false);
        await world.FillAsync(options);
        return world;
    }

    public Task ThreadPageAsync(int page) => Reader.GetThreadAsync(threadId, page, ForumViewer.Anonymous);

    public Task ThreadListAsync(ThreadSort sort, int page) => Reader.GetThreadsAsync(boardId, sort, null, page, ForumViewer.Anonymous);

    public Task BoardListAsync() => Reader.GetBoardsAsync();

    public async ValueTask DisposeAsync()
    {
        await scope.DisposeAsync();
        await services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(directory, recursive: true);
    }

    private async Task FillAsync(BenchOptions options)
    {
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var now = DateTimeOffset.UtcNow;
        var members = Enumerable.Range(0, 50).Select(i => new PortalUser { UserName = $"m{i}@bench.test", Email = $"m{i}@bench.test", EmailConfirmed = true, DisplayName = $"Member {i}", JoinedAt = now.AddDays(-100) }).ToList();
        db.Users.AddRange(members);
        boardId = await db.Boards.Where(b => b.Slug == "charging-range").Select(b => b.Id).SingleAsync();
        var random = new Random(7);
        var threads = Enumerable.Range(0, options.Threads).Select(i => new ForumThread
        {
            BoardId = boardId,
            AuthorId = members[i % members.Count].Id,
            LastPosterId = members[(i + 1) % members.Count].Id,
            Title = $"Thread {i}",
            Slug = $"thread-{i}",
            CreatedAt = now.AddMinutes(-i),
            LastActivityAt = now.AddMinutes(-random.Next(0, 100_000)),
            PostCount = 1 + (i % 7),
            ReplyCount = i % 7,
            ReactionCount = random.Next(0, 200),
            IsPinned = i < 3,
        }).ToList();
        db.Threads.AddRange(threads);
        await db.SaveChangesAsync();

        threadId = threads[0].Id;
        for (var n = 1; n <= options.Posts; n++)
        {
            db.Posts.Add(new Post { ThreadId = threadId, Number = n, AuthorId = members[n % members.Count].Id, Body = $"Post {n}", BodyHtml = $"<p>Post {n}</p>", CreatedAt = now.AddMinutes(n) });
        }

        await db.SaveChangesAsync();
        await db.Threads.Where(t => t.Id == threadId).ExecuteUpdateAsync(s => s.SetProperty(t => t.PostCount, options.Posts));
    }
}
