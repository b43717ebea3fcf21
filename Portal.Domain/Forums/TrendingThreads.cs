using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Portal.Domain.Data;
using Portal.Domain.Engagement;

namespace Portal.Domain.Forums;

/// <summary>
/// The threads of the week: replies, reactions and views of the last 7 days (168 UTC hours), read from the engagement
/// rollups' hourly per-thread rows (a range on their primary key, summed in SQL per thread, one metric at a time), scored
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
        var sums = new List<ThreadMetricSum>();
        foreach (var metric in Metrics)
        {
            sums.AddRange(await WeekSums(db, metric, from).ToListAsync(cancellationToken));
        }

        var scored = sums
            .GroupBy(s => s.ThreadId, StringComparer.Ordinal)
            .Select(g => new
            {
                Id = long.TryParse(g.Key, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : 0,
                Replies = g.Where(s => s.Metric == EngagementKinds.PostCreated).Sum(s => s.Count),
                Reactions = g.Where(s => s.Metric == EngagementKinds.ReactionAdded).Sum(s => s.Count),
                Views = g.Where(s => s.Metric == EngagementKinds.ThreadViewed).Sum(s => s.Count),
            })
            .Where(t => t.Id > 0)
            .OrderByDescending(t => (t.Replies * ReplyWeight) + (t.Reactions * ReactionWeight) + t.Views).ThenByDescending(t => t.Id)
            .Take(count * Overfetch)
            .ToList();
        var ids = scored.Select(t => t.Id).ToList();
        var threads = await db.Threads.AsNoTracking().Where(t => ids.Contains(t.Id) && !t.IsHidden)
            .Select(t => new { t.Id, t.Title, t.Slug, t.Board!.Name, t.Board.NameZh })
            .ToDictionaryAsync(t => t.Id, cancellationToken);
        return
        [
            .. scored
                .Where(t => threads.ContainsKey(t.Id))
                .Take(count)
                .Select(t => (Score: t, Thread: threads[t.Id]))
                .Select(x => new TrendingThread(x.Thread.Id, x.Thread.Title, x.Thread.Slug, x.Thread.Name, x.Thread.NameZh, x.Score.Replies, x.Score.Reactions, x.Score.Views)),
        ];
    }

    /// <summary>
    /// One metric's counts per thread since <paramref name="fromHour"/>: a range on the rollups' primary key (grain, metric,
    /// target type, period), whatever the planner's statistics. Read metric by metric, since with <c>Metric IN (…)</c> and no
    /// statistics SQLite prefers the per-item index and reads every hour of every thread.
    /// </summary>
    internal static IQueryable<ThreadMetricSum> WeekSums(PortalDbContext db, string metric, long fromHour) =>
        db.EngagementRollups.AsNoTracking()
            .Where(r => r.Grain == RollupGrain.Hour && r.Metric == metric && r.TargetType == ActivityTargetType && r.Period >= fromHour
                && r.TargetId != "" && r.Dimension == "")
            .GroupBy(r => r.TargetId)
            .Select(g => new ThreadMetricSum(g.Key, metric, g.Sum(r => r.Count)));
}
