using Microsoft.EntityFrameworkCore;
using Portal.Domain.Content;
using Portal.Domain.Forums;

namespace Portal.Domain.Seeding;

/// <summary>
/// The demo forums: every board with threads in Chinese and English, three long threads (300+ posts),
/// reactions, accepted and official answers, mentions with their notifications, and reports in the queue.
/// </summary>
internal sealed class ForumsSeedStep(MarkdownRenderer markdown) : IDemoSeedStep
{
    public const int OpenReports = 6;

    public int Order => 100;

    public async Task SeedAsync(DemoSeedContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var db = context.Db;
        var boards = await db.Boards.OrderBy(b => b.Position).ToListAsync(cancellationToken);

        var writer = new ForumsSeedWriter(context, markdown);
        foreach (var text in ForumsDemoContent.Threads)
        {
            var targets = text.Board == "club" ? boards.Where(b => b.Kind == BoardKind.ModelClub) : boards.Where(b => b.Slug == text.Board);
            foreach (var board in targets)
            {
                writer.AddThread(board, text, extraReplies: context.Random.Next(0, 5), daysAgo: context.Random.Next(2, 60));
            }
        }

        foreach (var text in ForumsDemoContent.LongThreads)
        {
            writer.AddThread(boards.Single(b => b.Slug == text.Board), text, extraReplies: context.Random.Next(300, 360), daysAgo: 120);
        }

        await db.SaveChangesAsync(cancellationToken);
        writer.AddReactionsFollowsAndReports(OpenReports);
        writer.UpdateCounters(boards);
        db.ChangeTracker.DetectChanges();
        await db.SaveChangesAsync(cancellationToken);

        foreach (var (post, title, plainText) in writer.SearchRows())
        {
            await ForumSearchIndex.UpsertAsync(db, post.Id, title, plainText, cancellationToken);
        }
    }
}
