using Microsoft.EntityFrameworkCore;
using Portal.Domain.Data;

namespace Portal.Domain.Articles;

/// <summary>
/// Scheduled publishing: the recurring job (every <see cref="ArticleOptions.SchedulerInterval"/>) that makes the
/// scheduled articles whose time has come go live, through the same status change as the Studio's Publish.
/// </summary>
public sealed class ArticleScheduler(IDbContextFactory<PortalDbContext> contextFactory, ArticlePublication publication, TimeProvider clock)
{
    private readonly ArticleTransitions transitions = new(publication);

    /// <summary>
    /// Publishes every scheduled article whose time has come, each exactly once: the status change is a conditional
    /// update, so a second node or a restart that finds the same row changes nothing. Returns how many went live.
    /// </summary>
    public async Task<int> PublishDueAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var due = await db.Articles.Where(a => a.Status == ArticleStatus.Scheduled && a.ScheduledFor <= now)
            .OrderBy(a => a.ScheduledFor).Select(a => a.Id).Take(50).ToListAsync(cancellationToken);
        var published = 0;
        foreach (var id in due)
        {
            if (await transitions.RunAsync(db, id, [ArticleStatus.Scheduled], ArticleStatus.Published, null, null, now, cancellationToken) is null)
            {
                published++;
            }
        }

        return published;
    }
}
