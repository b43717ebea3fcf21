using Microsoft.EntityFrameworkCore;
using Portal.Domain.Data;
using Portal.Domain.Forums;

namespace Portal.Domain.Accounts.Erasure;

/// <summary>
/// What an erased member wrote and reacted to, inside the eraser's transaction. Reactions go and the counts they made
/// go down. Posts either stay under the <see cref="DeletedMember"/> or are removed: a removed post becomes the "post
/// removed" placeholder (numbering and replies still make sense, its text and earlier versions are gone), and a thread the
/// member started disappears whole only when it holds nobody else's words and no article or event discusses in it.
/// A thread that others replied to keeps its title and their replies under the removed first post.
/// </summary>
internal static class ErasedPosts
{
    public static async Task RemoveReactionsAsync(PortalDbContext db, string memberId, CancellationToken cancellationToken)
    {
        var mine = db.PostReactions.Where(r => r.MemberId == memberId);
        await db.Threads.Where(t => mine.Any(r => db.Posts.Any(p => p.Id == r.PostId && p.ThreadId == t.Id)))
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.ReactionCount, t => t.ReactionCount - mine.Count(r => db.Posts.Any(p => p.Id == r.PostId && p.ThreadId == t.Id))), cancellationToken);
        await db.Posts.Where(p => mine.Any(r => r.PostId == p.Id))
            .ExecuteUpdateAsync(s => s
                .SetProperty(p => p.LikeCount, p => p.LikeCount - mine.Count(r => r.PostId == p.Id && r.Kind == ReactionKind.Like))
                .SetProperty(p => p.HelpfulCount, p => p.HelpfulCount - mine.Count(r => r.PostId == p.Id && r.Kind == ReactionKind.Helpful)), cancellationToken);
        await mine.ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>Removes the member's posts (see the class) before their authorship passes to the deleted member.</summary>
    public static async Task RemoveAsync(PortalDbContext db, string memberId, CancellationToken cancellationToken)
    {
        var alone = await db.Threads
            .Where(t => t.AuthorId == memberId
                && !db.Posts.Any(p => p.ThreadId == t.Id && p.AuthorId != memberId && !p.IsDeleted)
                && !db.Articles.Any(a => a.ThreadId == t.Id)
                && !db.Events.Any(e => e.ThreadId == t.Id))
            .Select(t => t.Id)
            .ToListAsync(cancellationToken);
        var indexed = await db.Posts
            .Where(p => (p.AuthorId == memberId && !p.IsDeleted) || alone.Contains(p.ThreadId))
            .Select(p => p.Id)
            .ToListAsync(cancellationToken);
        foreach (var postId in indexed)
        {
            await ForumSearchIndex.RemoveAsync(db, postId, cancellationToken);
        }

        await db.Threads.Where(t => alone.Contains(t.Id)).ExecuteDeleteAsync(cancellationToken);
        await db.PostRevisions.Where(r => db.Posts.Any(p => p.Id == r.PostId && p.AuthorId == memberId)).ExecuteDeleteAsync(cancellationToken);
        await db.Posts.Where(p => p.AuthorId == memberId).ExecuteUpdateAsync(s => s
            .SetProperty(p => p.IsDeleted, true)
            .SetProperty(p => p.Body, "")
            .SetProperty(p => p.BodyHtml, ""), cancellationToken);
    }

    /// <summary>Whatever the member wrote that stays (posts, threads, earlier versions) names the deleted member.</summary>
    public static async Task PassToDeletedMemberAsync(PortalDbContext db, string memberId, CancellationToken cancellationToken)
    {
        await db.Posts.Where(p => p.AuthorId == memberId).ExecuteUpdateAsync(s => s.SetProperty(p => p.AuthorId, DeletedMember.Id), cancellationToken);
        await db.PostRevisions.Where(r => r.EditorId == memberId).ExecuteUpdateAsync(s => s.SetProperty(r => r.EditorId, DeletedMember.Id), cancellationToken);
        await db.Threads.Where(t => t.AuthorId == memberId).ExecuteUpdateAsync(s => s.SetProperty(t => t.AuthorId, DeletedMember.Id), cancellationToken);
        await db.Threads.Where(t => t.LastPosterId == memberId).ExecuteUpdateAsync(s => s.SetProperty(t => t.LastPosterId, DeletedMember.Id), cancellationToken);
        await db.PostReports.Where(r => r.ReporterId == memberId).ExecuteUpdateAsync(s => s
            .SetProperty(r => r.ReporterId, DeletedMember.Id)
            .SetProperty(r => r.Text, (string?)null), cancellationToken);
        await db.PostReports.Where(r => r.ResolvedById == memberId).ExecuteUpdateAsync(s => s.SetProperty(r => r.ResolvedById, DeletedMember.Id), cancellationToken);
    }
}
