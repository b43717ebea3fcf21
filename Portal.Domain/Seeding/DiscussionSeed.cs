using Microsoft.EntityFrameworkCore;
using Portal.Domain.Content;
using Portal.Domain.Forums;

namespace Portal.Domain.Seeding;

/// <summary>
/// Owners' replies in the discussion of a demo article or event: 1 to 4 different ones per discussion from a pool in its
/// language, no one answering themselves, dated between its start (an article's publication, an event's start) and an
/// hour ago (so no demo member is inside a posting cool-down when the app starts), with the thread's and board's counters,
/// follows and the search index to match. An article's repliers are mostly owners of its model; an event's, its attendees.
/// </summary>
internal sealed class DiscussionSeed(DemoSeedContext context, MarkdownRenderer markdown, Random random)
{
    private readonly Dictionary<int, HashSet<string>> ownersByModel = [];

    public async Task AddArticleRepliesAsync(long threadId, DateTimeOffset published, bool chinese, int modelId, CancellationToken cancellationToken) =>
        await AddRepliesAsync(threadId, published, chinese ? ArticlesDemoContent.RepliesZh : ArticlesDemoContent.Replies, await RepliersAsync(chinese, modelId, cancellationToken), cancellationToken);

    /// <summary>Adds the replies; nothing when <paramref name="from"/> is within the last hour or fewer than two could reply.</summary>
    public async Task AddRepliesAsync(long threadId, DateTimeOffset from, IReadOnlyList<string> pool, IReadOnlyList<string> repliers, CancellationToken cancellationToken)
    {
        var latest = context.Now.AddHours(-1);
        if (from >= latest || repliers.Count < 2)
        {
            return;
        }

        var count = random.Next(1, 5);
        var span = latest - from;
        var bodies = pool.OrderBy(_ => random.Next()).Take(count).ToList();
        var posts = new List<Post>();
        var texts = new List<string>();
        string? previous = null;
        for (var i = 0; i < count; i++)
        {
            var at = from + (span * Math.Pow((i + 1.0) / (count + 1), 2));
            var author = repliers.Where(r => r != previous).ElementAt(random.Next(repliers.Count - (previous is null ? 0 : 1)));
            previous = author;
            var body = bodies[i];
            var rendered = markdown.Render(body);
            var post = ForumThreadWriter.NewPost(threadId, i + 2, author, body, rendered, at);
            posts.Add(post);
            texts.Add(rendered.PlainText);
            context.Db.Posts.Add(post);
        }

        foreach (var follower in posts.Select(p => p.AuthorId).Distinct(StringComparer.Ordinal))
        {
            context.Db.ThreadFollows.Add(new ThreadFollow { ThreadId = threadId, MemberId = follower, Since = posts.First(p => p.AuthorId == follower).CreatedAt });
        }

        await context.Db.SaveChangesAsync(cancellationToken);
        var last = posts[^1];
        await context.Db.Threads.Where(t => t.Id == threadId).ExecuteUpdateAsync(
            s => s.SetProperty(t => t.PostCount, 1 + count).SetProperty(t => t.ReplyCount, count)
                .SetProperty(t => t.LastActivityAt, last.CreatedAt).SetProperty(t => t.LastPosterId, last.AuthorId),
            cancellationToken);
        var boardId = await context.Db.Threads.Where(t => t.Id == threadId).Select(t => t.BoardId).SingleAsync(cancellationToken);
        var board = await context.Db.Boards.Where(b => b.Id == boardId).Select(b => new { b.LastActivityAt, b.LastThreadId }).SingleAsync(cancellationToken);
        var newest = board.LastActivityAt is not { } before || last.CreatedAt > before;
        await context.Db.Boards.Where(b => b.Id == boardId).ExecuteUpdateAsync(
            s => s.SetProperty(b => b.PostCount, b => b.PostCount + count)
                .SetProperty(b => b.LastActivityAt, newest ? last.CreatedAt : board.LastActivityAt)
                .SetProperty(b => b.LastThreadId, newest ? threadId : board.LastThreadId),
            cancellationToken);
        for (var i = 0; i < posts.Count; i++)
        {
            await ForumSearchIndex.UpsertAsync(context.Db, posts[i].Id, null, texts[i], cancellationToken);
        }
    }

    /// <summary>Owners (not the demo accounts) writing in the article's language, its model's owners when there are a few.</summary>
    private async Task<List<string>> RepliersAsync(bool chinese, int modelId, CancellationToken cancellationToken)
    {
        if (!ownersByModel.TryGetValue(modelId, out var owners))
        {
            owners = (await context.Db.Vehicles.Where(v => v.ModelId == modelId).Select(v => v.OwnerId).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
            ownersByModel[modelId] = owners;
        }

        var speakers = context.Members.Skip(DemoAccounts.Count).Where(m => m.DisplayName.Any(ForumSearchText.IsCjk) == chinese).Select(m => m.Id).ToList();
        var drivers = speakers.Where(owners.Contains).ToList();
        return drivers.Count >= 3 ? drivers : speakers;
    }
}
