using Microsoft.EntityFrameworkCore;
using Portal.Domain.Data;
using Portal.Domain.Engagement;

namespace Portal.Domain.Forums;

/// <summary>
/// The threads of the week: replies, reactions and views of the last 7 days (168 UTC hours), read from the engagement
/// rollups' hourly per-thread rows (a range on their primary key, aggregated in SQL), scored
/// <see cref="ReplyWeight"/> × replies + <see cref="ReactionWeight"/> × reactions + views. Hidden threads are left out.
/// </summary>
public sealed class TrendingThreads(IDbContextFactory<PortalDbContext> contextFactory, TimeProvider clock)
{
    public const int ReplyWeight = 4;
    public const int ReactionWeight = 2;

    /// <summary>How many more candidates than asked for are scored, so a few hidden ones at the top do not shorten the list.</summary>
    private const int Overfetch = 3;

    /// <summary>The target type the forums' engagement signals carry (see <see cref="ForumInteractions"/>).</summary>
    private const string ActivityTargetType = "thread";

    private static readonly string[] Metrics = [EngagementKinds.PostCreated, EngagementKinds.ReactionAdded, EngagementKinds.ThreadViewed];

    public async Task<IReadOnlyList<TrendingThread>> ListAsync(int count, CancellationToken cancellationToken = default)
    {
        var from = EngagementCalendar.HourOf(clock.GetUtcNow().AddDays(-7));
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var scored = await db.EngagementRollups.AsNoTracking()
            .Where(r => r.Grain == RollupGrain.Hour && Metrics.Contains(r.Metric) && r.TargetType == ActivityTargetType && r.Period >= from
                && r.TargetId != "" && r.Dimension == "")
            .GroupBy(r => r.TargetId)
            .Select(g => new
            {
                Id = g.Key,
                Replies = g.Sum(r => r.Metric == EngagementKinds.PostCreated ? r.Count : 0),
                Reactions = g.Sum(r => r.Metric == EngagementKinds.ReactionAdded ? r.Count : 0),
                Views = g.Sum(r => r.Metric == EngagementKinds.ThreadViewed ? r.Count : 0),
                Score = g.Sum(r => r.Metric == EngagementKinds.PostCreated ? r.Count * ReplyWeight : r.Metric == EngagementKinds.ReactionAdded ? r.Count * ReactionWeight : r.Count),
            })
            .OrderByDescending(x => x.Score).ThenByDescending(x => x.Id)
            .Take(count * Overfetch)
            .ToListAsync(cancellationToken);
        var ids = scored.Select(s => long.TryParse(s.Id, out var id) ? id : 0).Where(id => id > 0).ToList();
        var threads = await db.Threads.AsNoTracking().Where(t => ids.Contains(t.Id) && !t.IsHidden)
            .Select(t => new { t.Id, t.Title, t.Slug, t.Board!.Name, t.Board.NameZh })
            .ToDictionaryAsync(t => t.Id, cancellationToken);
        return
        [
            .. scored
                .Select(s => (Score: s, Thread: long.TryParse(s.Id, out var id) ? threads.GetValueOrDefault(id) : null))
                .Where(x => x.Thread is not null)
                .Take(count)
                .Select(x => new TrendingThread(x.Thread!.Id, x.Thread.Title, x.Thread.Slug, x.Thread.Name, x.Thread.NameZh, x.Score.Replies, x.Score.Reactions, x.Score.Views)),
        ];
    }
}
