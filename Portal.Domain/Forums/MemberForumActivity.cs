using Microsoft.EntityFrameworkCore;
using Portal.Domain.Articles;
using Portal.Domain.Data;

namespace Portal.Domain.Forums;

/// <summary>
/// A member's part in the forums for their profile: their latest threads and replies, and their clubs. Only what the viewer
/// may read: no deleted posts, no hidden posts or posts in hidden threads (moderators see those). Both read the posts'
/// (AuthorId, CreatedAt) index.
/// </summary>
public sealed class MemberForumActivity(IDbContextFactory<PortalDbContext> contextFactory)
{
    public const int ExcerptLength = 160;

    public async Task<IReadOnlyList<MemberPost>> RecentPostsAsync(string memberId, ForumViewer viewer, int count, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var rows = await Visible(db, memberId, viewer)
            .OrderByDescending(p => p.CreatedAt)
            .Take(count)
            .Select(p => new { p.ThreadId, p.Thread!.Title, p.Thread.Slug, p.Number, p.BodyHtml, p.CreatedAt })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new MemberPost(r.ThreadId, r.Title, r.Slug, r.Number, ArticleHtml.Excerpt(r.BodyHtml, ExcerptLength), r.CreatedAt))];
    }

    /// <summary>The clubs of the models the member drives, then the boards they post in (most posts first).</summary>
    public async Task<IReadOnlyList<MemberClub>> ClubsAsync(string memberId, ForumViewer viewer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var posts = await Visible(db, memberId, viewer)
            .GroupBy(p => p.Thread!.BoardId)
            .Select(g => new { BoardId = g.Key, Posts = g.Count() })
            .ToDictionaryAsync(g => g.BoardId, g => g.Posts, cancellationToken);
        var models = await db.Vehicles.AsNoTracking().Where(v => v.OwnerId == memberId).Select(v => v.ModelId).Distinct().ToListAsync(cancellationToken);
        var boardIds = posts.Keys.ToList();
        var boards = await db.Boards.AsNoTracking()
            .Where(b => boardIds.Contains(b.Id) || (b.Kind == BoardKind.ModelClub && b.ModelId != null && models.Contains(b.ModelId.Value)))
            .Select(b => new { b.Id, b.Slug, b.Name, b.NameZh, b.Kind, b.ModelId })
            .ToListAsync(cancellationToken);
        return
        [
            .. boards
                .Select(b => new MemberClub(b.Slug, b.Name, b.NameZh, b.Kind, b.ModelId is { } model && models.Contains(model), posts.GetValueOrDefault(b.Id)))
                .OrderByDescending(c => c.Drives).ThenByDescending(c => c.Posts).ThenBy(c => c.Slug, StringComparer.Ordinal),
        ];
    }

    private static IQueryable<Post> Visible(PortalDbContext db, string memberId, ForumViewer viewer) =>
        db.Posts.AsNoTracking().Where(p => p.AuthorId == memberId && !p.IsDeleted
            && (viewer.IsModerator || (!p.IsHidden && !p.Thread!.IsHidden)));
}
