using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Data;
using Portal.Domain.Forums;

namespace Portal.Tests.Forums;

/// <summary>
/// The thread page costs a fixed number of SQL commands whatever the thread's length, and the thread list
/// reads an index for each sort order (checked with SQLite's EXPLAIN QUERY PLAN).
/// </summary>
public sealed class ThreadQueryShapeTests : IAsyncLifetime
{
    private const int LongThreadPosts = 2_000;
    private readonly CommandCounter counter = new();
    private ForumWorld world = null!;
    private long longThreadId;
    private string reader = "";

    public async Task InitializeAsync()
    {
        world = await ForumWorld.CreateAsync(services => services.ConfigureDbContext<PortalDbContext>(o => o.AddInterceptors(counter)));
        var authors = new List<string>();
        for (var i = 0; i < 30; i++)
        {
            authors.Add(await world.VeteranAsync($"Owner {i}"));
        }

        reader = authors[0];
        var location = await world.ThreadAsync(authors[0], "The long thread", "Post your daily commute numbers here.");
        longThreadId = location.ThreadId;
        await using var db = world.Database.CreateDbContext();
        var now = world.Database.Clock.GetUtcNow();
        for (var n = 2; n <= LongThreadPosts; n++)
        {
            db.Posts.Add(new Post { ThreadId = longThreadId, Number = n, AuthorId = authors[n % authors.Count], Body = $"Day {n}", BodyHtml = $"<p>Day {n}</p>", CreatedAt = now.AddMinutes(n) });
        }

        await db.SaveChangesAsync();
        await db.Threads.Where(t => t.Id == longThreadId).ExecuteUpdateAsync(s => s.SetProperty(t => t.PostCount, LongThreadPosts));
        await world.Interactions.ToggleReactionAsync(authors[1], location.PostId, ReactionKind.Like);
    }

    public async Task DisposeAsync() => await world.DisposeAsync();

    [Theory]
    [InlineData(1)]
    [InlineData(50)]
    [InlineData(100)]
    public async Task A_thread_page_costs_the_same_few_commands_on_any_page(int page)
    {
        counter.Reset();

        var view = await world.Reader.GetThreadAsync(longThreadId, page, new ForumViewer(reader, false));

        Assert.Equal(PostLocation.PostsPerPage, view!.Posts.Count);
        Assert.Equal(((page - 1) * PostLocation.PostsPerPage) + 1, view.Posts[0].Number);
        Assert.Equal(100, view.PageCount);
        Assert.InRange(counter.Count, 1, 5);
    }

    [Fact]
    public async Task The_commands_do_not_grow_with_the_number_of_authors_on_the_page()
    {
        counter.Reset();
        await world.Reader.GetThreadAsync(longThreadId, 1, ForumViewer.Anonymous);
        var anonymous = counter.Count;
        counter.Reset();
        await world.Reader.GetThreadAsync(longThreadId, 7, new ForumViewer(reader, false));

        Assert.InRange(anonymous, 1, 3);
        Assert.Equal(anonymous + 2, counter.Count);
    }

    [Theory]
    [InlineData(ThreadSort.Latest, "IX_Threads_BoardId_IsPinned_LastActivityAt")]
    [InlineData(ThreadSort.Newest, "IX_Threads_BoardId_CreatedAt")]
    [InlineData(ThreadSort.Top, "IX_Threads_BoardId_ReactionCount_CreatedAt")]
    [InlineData(ThreadSort.Unanswered, "IX_Threads_BoardId_ReplyCount_CreatedAt")]
    public async Task Every_thread_list_sort_reads_its_index_without_a_temp_sort(ThreadSort sort, string index)
    {
        await using var db = world.Database.CreateDbContext();
        var query = ForumReader.ThreadList(db, world.BoardId, sort, null, ForumViewer.Anonymous).Skip(25).Take(25).Select(t => t.Id);

        var plan = await QueryPlans.ExplainAsync(db, query.ToQueryString());

        Assert.Contains(index, plan, StringComparison.Ordinal);
        Assert.DoesNotContain("USE TEMP B-TREE", plan, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_page_of_posts_is_a_range_on_the_thread_and_number_index()
    {
        await using var db = world.Database.CreateDbContext();
        var plan = await QueryPlans.ExplainAsync(db, $"SELECT * FROM \"Posts\" WHERE \"ThreadId\" = {longThreadId} AND \"Number\" >= 1981 AND \"Number\" <= 2000 ORDER BY \"Number\"");

        Assert.Contains("IX_Posts_ThreadId_Number", plan, StringComparison.Ordinal);
        Assert.DoesNotContain("SCAN", plan, StringComparison.Ordinal);
    }
}
