using Microsoft.EntityFrameworkCore;
using Portal.Domain.Data;

namespace Portal.Domain.Engagement.Reports;

/// <summary>
/// The day-rollup reads the reports share, aggregated in SQL on the rollups' key (grain, metric, target type, period).
/// A thread's rollups name it by its id as text, so boards join threads on <c>CAST(Id AS TEXT)</c> (portable SQL).
/// </summary>
internal static class RollupQueries
{
    /// <summary>Per metric and day: the totals of a target type (the rows with no item and no segment).</summary>
    public static Task<Dictionary<(string Metric, int Day), long>> DailyTotalsAsync(
        PortalDbContext db, string targetType, IReadOnlyList<string> metrics, int from, int to, CancellationToken cancellationToken) =>
        DailyForItemAsync(db, targetType, "", metrics, from, to, cancellationToken);

    /// <summary>Per metric and day: one item's counts ("" for the target type's totals).</summary>
    public static async Task<Dictionary<(string Metric, int Day), long>> DailyForItemAsync(
        PortalDbContext db, string targetType, string targetId, IReadOnlyList<string> metrics, int from, int to, CancellationToken cancellationToken)
    {
        var rows = await db.EngagementRollups.AsNoTracking()
            .Where(r => r.Grain == RollupGrain.Day && metrics.Contains(r.Metric) && r.TargetType == targetType
                && r.Period >= from && r.Period <= to && r.TargetId == targetId && r.Dimension == "")
            .Select(r => new { r.Metric, r.Period, r.Count })
            .ToListAsync(cancellationToken);
        return rows.ToDictionary(r => (r.Metric, (int)r.Period), r => r.Count);
    }

    /// <summary>Per item and metric: the period's sums for every item of a target type with any count.</summary>
    public static async Task<Dictionary<(string Item, string Metric), long>> ItemTotalsAsync(
        PortalDbContext db, string targetType, IReadOnlyList<string> metrics, int from, int to, CancellationToken cancellationToken)
    {
        var rows = await db.EngagementRollups.AsNoTracking()
            .Where(r => r.Grain == RollupGrain.Day && metrics.Contains(r.Metric) && r.TargetType == targetType
                && r.Period >= from && r.Period <= to && r.TargetId != "" && r.Dimension == "")
            .GroupBy(r => new { r.TargetId, r.Metric })
            .Select(g => new { g.Key.TargetId, g.Key.Metric, Count = g.Sum(r => r.Count) })
            .ToListAsync(cancellationToken);
        return rows.ToDictionary(r => (r.TargetId, r.Metric), r => r.Count);
    }

    /// <summary>Thread rollups summed per board (one board, or all when <paramref name="boardId"/> is null), per metric and, with <paramref name="byDay"/>, per day (else day 0).</summary>
    public static async Task<Dictionary<(int Board, string Metric, int Day), long>> BoardTotalsAsync(
        PortalDbContext db, int? boardId, IReadOnlyList<string> metrics, int from, int to, bool byDay, CancellationToken cancellationToken)
    {
        var threads = boardId is { } id ? db.Threads.Where(t => t.BoardId == id) : db.Threads;
        var rows = await db.EngagementRollups.AsNoTracking()
            .Where(r => r.Grain == RollupGrain.Day && metrics.Contains(r.Metric) && r.TargetType == ContentReports.ThreadTarget
                && r.Period >= from && r.Period <= to && r.TargetId != "" && r.Dimension == "")
#pragma warning disable CA1305 // Translated to SQL (CAST(Id AS TEXT)); no culture is involved.
            .Join(threads, r => r.TargetId, t => t.Id.ToString(), (r, t) => new { t.BoardId, r.Metric, Day = byDay ? r.Period : 0, r.Count })
#pragma warning restore CA1305
            .GroupBy(x => new { x.BoardId, x.Metric, x.Day })
            .Select(g => new { g.Key.BoardId, g.Key.Metric, g.Key.Day, Count = g.Sum(x => x.Count) })
            .ToListAsync(cancellationToken);
        return rows.ToDictionary(r => (r.BoardId, r.Metric, (int)r.Day), r => r.Count);
    }
}
