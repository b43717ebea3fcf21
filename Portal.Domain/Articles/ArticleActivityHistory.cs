using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Portal.Domain.Activity;
using Portal.Domain.Data;

namespace Portal.Domain.Articles;

/// <summary>The latest published articles, as the ticker shows them after a restart; a line whose article is no longer published is gone.</summary>
internal sealed class ArticleActivityHistory(IDbContextFactory<PortalDbContext> contextFactory) : IActivityHistory
{
    public async Task<IReadOnlyList<ActivityEvent>> RecentAsync(int count, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var articles = await db.Articles.AsNoTracking()
            .Where(a => a.Status == ArticleStatus.Published)
            .OrderByDescending(a => a.PublishedAt)
            .Take(count)
            .ToListAsync(cancellationToken);
        var authorIds = articles.Select(a => a.AuthorId).Distinct().ToList();
        var names = await db.Users.AsNoTracking().Where(u => authorIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        return articles.Select(a => ArticlePublication.Published(a, names.GetValueOrDefault(a.AuthorId), a.PublishedAt!.Value)).ToList();
    }

    public async Task<IReadOnlyList<ActivityEvent>> GoneAsync(IReadOnlyList<ActivityEvent> lines, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var articles = lines.Where(l => l.Target.Type == ActivityTarget.Article)
            .Select(l => (Line: l, Id: int.TryParse(l.Target.Id, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : (int?)null)).ToList();
        if (articles.Count == 0)
        {
            return [];
        }

        var ids = articles.Select(a => a.Id).OfType<int>().Distinct().ToList();
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var published = await db.Articles.AsNoTracking().Where(a => ids.Contains(a.Id) && a.Status == ArticleStatus.Published).Select(a => a.Id).ToListAsync(cancellationToken);
        return [.. articles.Where(a => a.Id is not { } id || !published.Contains(id)).Select(a => a.Line)];
    }
}
