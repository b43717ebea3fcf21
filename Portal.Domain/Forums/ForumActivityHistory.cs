using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Portal.Domain.Activity;
using Portal.Domain.Data;

namespace Portal.Domain.Forums;

/// <summary>The latest posts in visible threads, as the ticker shows them; a line whose post or thread is no longer visible is gone.</summary>
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

    public async Task<IReadOnlyList<ActivityEvent>> GoneAsync(IReadOnlyList<ActivityEvent> lines, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var posts = lines.Where(l => l.Target.Type == ActivityTarget.Thread)
            .Select(l => (Line: l, PostId: long.TryParse(l.Value(ForumActivity.PostId), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : (long?)null))
            .Where(l => l.PostId is not null).ToList();
        if (posts.Count == 0)
        {
            return [];
        }

        var ids = posts.Select(p => p.PostId!.Value).Distinct().ToList();
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var visible = await db.Posts.AsNoTracking().Where(p => ids.Contains(p.Id) && !p.IsDeleted && !p.IsHidden && !p.Thread!.IsHidden)
            .Select(p => p.Id).ToListAsync(cancellationToken);
        return [.. posts.Where(p => !visible.Contains(p.PostId!.Value)).Select(p => p.Line)];
    }
}
