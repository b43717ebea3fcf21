using Microsoft.EntityFrameworkCore;
using Portal.Domain.Accounts;
using Portal.Domain.Articles;
using Portal.Domain.Data;

namespace Portal.Domain.Forums;

/// <summary>The one read of a discussion thread for the page it belongs to (an article, an event): two indexed queries.</summary>
internal static class ThreadDiscussions
{
    public const int LatestReplies = 3;
    public const int ReplyExcerptLength = 220;

    /// <summary>The thread's reply count and latest visible replies; null when the thread is hidden (or gone).</summary>
    public static async Task<ThreadDiscussion?> LoadAsync(PortalDbContext db, long threadId, CancellationToken cancellationToken)
    {
        var thread = await db.Threads.AsNoTracking().Where(t => t.Id == threadId && !t.IsHidden)
            .Select(t => new { t.Id, t.Slug, t.ReplyCount }).SingleOrDefaultAsync(cancellationToken);
        if (thread is null)
        {
            return null;
        }

        var posts = await db.Posts.AsNoTracking()
            .Where(p => p.ThreadId == threadId && p.Number > 1 && !p.IsDeleted && !p.IsHidden)
            .OrderByDescending(p => p.Number).Take(LatestReplies)
            .Select(p => new { p.Id, p.Number, p.AuthorId, p.BodyHtml, p.CreatedAt })
            .ToListAsync(cancellationToken);
        var authors = await MemberSummaries.LoadAsync(db, [.. posts.Select(p => p.AuthorId)], cancellationToken);
        var replies = posts.OrderBy(p => p.Number)
            .Select(p => new DiscussionReply(p.Id, authors[p.AuthorId].Member, ArticleHtml.Excerpt(p.BodyHtml, ReplyExcerptLength), p.CreatedAt, ForumUrls.Post(thread.Id, thread.Slug, p.Number)))
            .ToList();
        return new ThreadDiscussion(thread.Id, ForumUrls.Thread(thread.Id, thread.Slug), thread.ReplyCount, replies);
    }
}
