using Microsoft.EntityFrameworkCore;
using Portal.Domain.Activity;
using Portal.Domain.Data;

namespace Portal.Domain.Articles;

/// <summary>The latest published articles, as the ticker shows them after a restart.</summary>
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
}
