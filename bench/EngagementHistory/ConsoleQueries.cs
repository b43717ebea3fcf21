using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Data;
using Portal.Domain.Engagement;
using Portal.Domain.Engagement.Reports;

namespace EngagementBench;

/// <summary>
/// The console's reads, timed on the large history: each a name and a delegate on a scope's services that returns the
/// rows it read. Adding a query is one line in <see cref="Plain"/>; every report the console registers for its pages and
/// CSV exports (<see cref="ReportRegistry"/>) is timed too, over the last 30 days, as its page asks for it.
/// </summary>
internal static class ConsoleQueries
{
    /// <summary>The <c>id</c> a per-item or per-segment report is asked with (the history has ids, not titles).</summary>
    private static readonly Dictionary<string, string> ReportIds = new(StringComparer.Ordinal)
    {
        [ContentReports.Thread] = "1",
        [ContentReports.Board] = "1",
        [ContentReports.Article] = "1",
        [LifecycleTables.Breakdown] = SegmentDimensions.Region,
    };

    public static IReadOnlyList<(string Name, Func<IServiceProvider, Task<int>> Run)> All(IServiceProvider services) =>
    [
        .. Plain,
        .. services.GetRequiredService<ReportRegistry>().Names.Order(StringComparer.Ordinal).Select(name =>
            ($"report {name}, 30 days", (Func<IServiceProvider, Task<int>>)(sp => ReportAsync(sp, name)))),
    ];

    private static IReadOnlyList<(string Name, Func<IServiceProvider, Task<int>> Run)> Plain { get; } =
    [
        ("daily actives, 90 days", sp => Query(sp, (db, today) => db.EngagementDailyActives.Where(a => a.Day > today - 90).OrderBy(a => a.Day))),
        ("day totals per metric, 30 days", sp => Query(sp, (db, today) => DayRows(db, today, 30).Where(r => r.TargetType != "" && r.TargetId == "")
            .GroupBy(r => r.Metric).Select(g => new { g.Key, Count = g.Sum(r => r.Count) }))),
        ("daily series of one metric, 365 days", sp => Query(sp, (db, today) => DayRows(db, today, 365)
            .Where(r => r.Metric == EngagementKinds.ThreadViewed && r.TargetType == "thread" && r.TargetId == "").OrderBy(r => r.Period).Select(r => new { r.Period, r.Count }))),
        ("top 20 threads by views, 30 days", sp => Query(sp, (db, today) => TopItems(db, today, EngagementKinds.ThreadViewed, "thread"))),
        ("top 20 articles by read-throughs, 30 days", sp => Query(sp, (db, today) => TopItems(db, today, EngagementKinds.ArticleReadThrough, "article"))),
        ("event funnel per event, 90 days", sp => Query(sp, (db, today) => DayRows(db, today, 90).Where(r => r.TargetType == "event" && r.TargetId != "")
            .GroupBy(r => new { r.TargetId, r.Metric }).Select(g => new { g.Key.TargetId, g.Key.Metric, Count = g.Sum(r => r.Count) }))),
        ("views by region, 30 days", sp => Query(sp, (db, today) => DayRows(db, today, 30).Where(r => r.Metric == EngagementKinds.PageViewed && r.Dimension == SegmentDimensions.Region)
            .GroupBy(r => r.Value).Select(g => new { g.Key, Count = g.Sum(r => r.Count) }))),
        ("all metrics by model, 30 days", sp => Query(sp, (db, today) => DayRows(db, today, 30).Where(r => r.Dimension == SegmentDimensions.Model)
            .GroupBy(r => new { r.Metric, r.Value }).Select(g => new { g.Key.Metric, g.Key.Value, Count = g.Sum(r => r.Count) }))),
        ("page views per hour, last 48 h", sp => Query(sp, (db, _) =>
        {
            var from = EngagementCalendar.HourOf(DateTimeOffset.UtcNow.AddHours(-48));
            return db.EngagementRollups.Where(r => r.Grain == RollupGrain.Hour && r.Metric == EngagementKinds.PageViewed && r.TargetType == "page" && r.Period >= from && r.TargetId == "")
                .OrderBy(r => r.Period).Select(r => new { r.Period, r.Count });
        })),
        ("retention: 26 join-week cohorts x weeks", sp => Query(sp, (db, today) =>
        {
            var from = EngagementCalendar.WeekOf(today) - (26 * 7);
            return db.EngagementProfiles.Where(p => p.JoinWeek >= from)
                .Join(db.EngagementMemberWeeks, p => p.MemberId, w => w.MemberId, (p, w) => new { p.JoinWeek, w.Week })
                .GroupBy(x => new { x.JoinWeek, x.Week }).Select(g => new { g.Key.JoinWeek, g.Key.Week, Members = g.Count() });
        })),
        ("lifecycle weeks, 52 weeks overall", sp => Query(sp, (db, today) => db.EngagementLifecycleWeeks.Where(l => l.Dimension == "" && l.Week > today - 364).OrderBy(l => l.Week))),
        ("members by stage and region", sp => Query(sp, (db, _) => db.EngagementProfiles.GroupBy(p => new { p.Stage, p.Region }).Select(g => new { g.Key.Stage, g.Key.Region, Members = g.Count() }))),
        ("active members on a day, by kind", sp => Query(sp, (db, today) => db.EngagementMemberDays.Where(d => d.Day == today - 1)
            .GroupBy(d => d.Kind).Select(g => new { g.Key, Members = g.Count(), Events = g.Sum(d => d.Count) }))),
        ("at-risk members, 50 most recently active", sp => Query(sp, (db, _) => db.EngagementProfiles.Where(p => p.Stage == LifecycleStage.AtRisk)
            .OrderByDescending(p => p.LastActiveAt).Take(50))),
    ];

    private static async Task<int> ReportAsync(IServiceProvider services, string name)
    {
        var today = services.GetRequiredService<EngagementCalendar>().DayOf(DateTimeOffset.UtcNow);
        var source = services.GetRequiredService<ReportRegistry>().Find(name)!;
        var table = await source(services, new ReportRequest(ReportPeriod.Last(30, today), ReportIds.GetValueOrDefault(name)), CancellationToken.None);
        return table?.Rows.Count ?? 0;
    }

    private static IQueryable<EngagementRollup> DayRows(PortalDbContext db, int today, int days) =>
        db.EngagementRollups.Where(r => r.Grain == RollupGrain.Day && r.Period > today - days && r.Period <= today);

    private static IQueryable<object> TopItems(PortalDbContext db, int today, string metric, string targetType) =>
        DayRows(db, today, 30).Where(r => r.Metric == metric && r.TargetType == targetType && r.TargetId != "")
            .GroupBy(r => r.TargetId).Select(g => new { g.Key, Count = g.Sum(r => r.Count) }).OrderByDescending(x => x.Count).Take(20);

    private static async Task<int> Query<T>(IServiceProvider services, Func<PortalDbContext, int, IQueryable<T>> query)
        where T : class
    {
        var db = services.GetRequiredService<PortalDbContext>();
        var today = services.GetRequiredService<EngagementCalendar>().DayOf(DateTimeOffset.UtcNow);
        return (await query(db, today).AsNoTracking().ToListAsync()).Count;
    }
}
