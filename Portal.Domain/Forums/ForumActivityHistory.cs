using Microsoft.EntityFrameworkCore;
using Portal.Domain.Activity;
using Portal.Domain.Data;

namespace Portal.Domain.Forums;

/// <summary>The latest posts in visible threads, as the ticker shows them.</summary>
internal sealed class ForumActivityHistory(IDbContextFactory<PortalDbContext> contextFactory) : IActivityHistory
{
    public async Task<IReadOnlyList<ActivityEvent>> RecentAsync(int count, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var rows = await db.Posts.AsNoTracking()
            .Where(p => !p.IsDeleted && !p.IsHidden && !p.Thread!.IsHidden)
            .OrderByDescending(p => p.CreatedAt)
            .Take(count)
            .Select(p => new { p.Id, p.Number, p.ThreadId, p.Thread!.Slug, p.Thread.Title, p.AuthorId, p.CreatedAt })
            .ToListAsync(cancellationToken);
        var authorIds = rows.Select(r => r.AuthorId).Distinct().ToList();
        var names = await db.Users.AsNoTracking().Where(u => authorIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        return rows
            .Select(r => ForumActivity.Posted(r.AuthorId, names.GetValueOrDefault(r.AuthorId), r.Title, new PostLocation(r.ThreadId, r.Slug, r.Id, r.Number), r.CreatedAt))
            .ToList();
    }
}
