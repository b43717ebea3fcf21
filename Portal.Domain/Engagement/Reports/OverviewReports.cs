using Microsoft.EntityFrameworkCore;
using Portal.Domain.Data;

namespace Portal.Domain.Engagement.Reports;

/// <summary>
/// The console overview: members active (from <see cref="EngagementDailyActives"/>, members only), stickiness, new
/// members, and threads, replies, event sign-ups and check-ins per day (day rollups), each against the previous period.
/// Counts of members go through the <see cref="PrivacyFloor"/>; counts of events do not (they name no group).
/// </summary>
public sealed class OverviewReports(IDbContextFactory<PortalDbContext> contextFactory, EngagementCalendar calendar, PrivacyFloor floor)
{
    public const string Actives = "overview-actives";
    public const string Stickiness = "overview-stickiness";
    public const string NewMembers = "overview-new-members";
    public const string Activity = "overview-activity";

    private const string EventTarget = "event";

    private static readonly string[] ThreadMetrics = [EngagementKinds.ThreadCreated, EngagementKinds.PostCreated];
    private static readonly string[] EventMetrics = [EngagementKinds.EventSignedUp, EngagementKinds.EventCheckedIn];

    public async Task<OverviewKpis> KpisAsync(ReportPeriod period, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(period);
        var previous = period.Previous;
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var actives = await ActivesAsync(db, previous.From, period.To, cancellationToken);
        var joins = await JoinsAsync(db, previous.From, period.To, cancellationToken);
        var counts = await CountsAsync(db, previous.From, period.To, cancellationToken);
        var dropped = await db.EngagementRollups.AsNoTracking()
            .Where(r => r.Grain == RollupGrain.Day && r.Metric == EngagementKinds.Dropped && r.TargetType == EngagementKinds.DroppedTargetType
                && r.Period >= period.From && r.Period <= period.To && r.TargetId == "" && r.Dimension == "")
            .SumAsync(r => r.Count, cancellationToken);

        Kpi Members(Func<ReportPeriod, double> value) => new(Shown(value(period)), Shown(value(previous)));
        Kpi Events(string metric) => new(Sum(counts, metric, period), Sum(counts, metric, previous));
        return new OverviewKpis(
            Members(p => AverageDau(actives, p)),
            Members(p => Last(actives, p)?.MemberWau ?? 0),
            Members(p => Last(actives, p)?.MemberMau ?? 0),
            new Kpi(StickinessOf(actives, period), StickinessOf(actives, previous)),
            Members(p => p.EachDay.Sum(d => joins.GetValueOrDefault(d))),
            Events(EngagementKinds.ThreadCreated),
            Events(EngagementKinds.PostCreated),
            Events(EngagementKinds.EventSignedUp),
            Events(EngagementKinds.EventCheckedIn),
            dropped);
    }

    /// <summary>Daily, weekly and monthly active members per day; a day after the last one with activity has no weekly or monthly figure.</summary>
    public async Task<ReportTable> ActivesAsync(ReportPeriod period, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(period);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var actives = await ActivesAsync(db, period.From, period.To, cancellationToken);
        return Daily(Actives, period, [new("dau", ReportColumnKind.Count), new("wau", ReportColumnKind.Count), new("mau", ReportColumnKind.Count)], day =>
            actives.GetValueOrDefault(day) is { } a
                ? [ReportCell.Members(floor, a.MemberDau), ReportCell.Members(floor, a.MemberWau), ReportCell.Members(floor, a.MemberMau)]
                : [ReportCell.Of(0), ReportCell.Empty, ReportCell.Empty]);
    }

    /// <summary>Daily over monthly active members per day (withheld when the day's active members are).</summary>
    public async Task<ReportTable> StickinessAsync(ReportPeriod period, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(period);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var actives = await ActivesAsync(db, period.From, period.To, cancellationToken);
        return Daily(Stickiness, period, [new("stickiness", ReportColumnKind.Percent)], day =>
            actives.GetValueOrDefault(day) is not { } a ? [ReportCell.Empty]
            : floor.Shows(a.MemberDau) ? [ReportCell.Ratio(a.MemberDau, a.MemberMau)]
            : [ReportCell.Withheld]);
    }

    /// <summary>Members who joined per local day.</summary>
    public async Task<ReportTable> NewMembersAsync(ReportPeriod period, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(period);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var joins = await JoinsAsync(db, period.From, period.To, cancellationToken);
        return Daily(NewMembers, period, [new("new-members", ReportColumnKind.Count)], day => [ReportCell.Members(floor, joins.GetValueOrDefault(day))]);
    }

    /// <summary>New threads, replies, event sign-ups and check-ins per day.</summary>
    public async Task<ReportTable> ActivityAsync(ReportPeriod period, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(period);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var counts = await CountsAsync(db, period.From, period.To, cancellationToken);
        return Daily(Activity, period,
            [new("threads", ReportColumnKind.Count), new("replies", ReportColumnKind.Count), new("signups", ReportColumnKind.Count), new("checkins", ReportColumnKind.Count)],
            day => [.. new[] { EngagementKinds.ThreadCreated, EngagementKinds.PostCreated, EngagementKinds.EventSignedUp, EngagementKinds.EventCheckedIn }
                .Select(metric => ReportCell.Of(counts.GetValueOrDefault((metric, day))))]);
    }

    private ReportTable Daily(string name, ReportPeriod period, ReportColumn[] values, Func<int, ReportCell[]> cells) =>
        new(name, [new("day", ReportColumnKind.Day), .. values], [.. period.EachDay.Select(day => new ReportRow([ReportCell.Day(day), .. cells(day)]))], floor.MinGroupSize);

    private double? Shown(double members) => members > 0 && members < floor.MinGroupSize ? null : members;

    private double? StickinessOf(Dictionary<int, EngagementDailyActives> actives, ReportPeriod period)
    {
        var days = period.EachDay.Select(actives.GetValueOrDefault).OfType<EngagementDailyActives>().ToList();
        var dau = days.Sum(a => (double)a.MemberDau);
        var mau = days.Sum(a => (double)a.MemberMau);
        return Shown(AverageDau(actives, period)) is null ? null : mau > 0 ? dau / mau : 0;
    }

    private static double AverageDau(Dictionary<int, EngagementDailyActives> actives, ReportPeriod period) =>
        period.EachDay.Sum(d => actives.GetValueOrDefault(d)?.MemberDau ?? 0) / (double)period.Days;

    private static EngagementDailyActives? Last(Dictionary<int, EngagementDailyActives> actives, ReportPeriod period) =>
        period.EachDay.Reverse().Select(actives.GetValueOrDefault).FirstOrDefault(a => a is not null);

    private static long Sum(Dictionary<(string Metric, int Day), long> counts, string metric, ReportPeriod period) =>
        period.EachDay.Sum(day => counts.GetValueOrDefault((metric, day)));

    private static Task<Dictionary<int, EngagementDailyActives>> ActivesAsync(PortalDbContext db, int from, int to, CancellationToken cancellationToken) =>
        db.EngagementDailyActives.AsNoTracking().Where(a => a.Day >= from && a.Day <= to).ToDictionaryAsync(a => a.Day, cancellationToken);

    private static async Task<Dictionary<(string Metric, int Day), long>> CountsAsync(PortalDbContext db, int from, int to, CancellationToken cancellationToken)
    {
        var threads = await RollupQueries.DailyTotalsAsync(db, ContentReports.ThreadTarget, ThreadMetrics, from, to, cancellationToken);
        var events = await RollupQueries.DailyTotalsAsync(db, EventTarget, EventMetrics, from, to, cancellationToken);
        return threads.Concat(events).ToDictionary();
    }

    /// <summary>
    /// Members who joined per local day, from the profiles' join time (seeded members have no registration event, so
    /// <c>account.registered</c> rollups would miss them). Selected on the indexed join week, grouped by local day here:
    /// turning an instant into a local day in SQL is not portable, and a period's joins are few.
    /// </summary>
    private async Task<Dictionary<int, int>> JoinsAsync(PortalDbContext db, int from, int to, CancellationToken cancellationToken)
    {
        var start = calendar.StartOf(from);
        var end = calendar.StartOf(to + 1);
        var firstWeek = EngagementCalendar.WeekOf(from);
        var joined = await db.EngagementProfiles.AsNoTracking()
            .Where(p => p.JoinWeek >= firstWeek && p.JoinWeek <= to && p.JoinedAt >= start && p.JoinedAt < end)
            .Select(p => p.JoinedAt)
            .ToListAsync(cancellationToken);
        return joined.GroupBy(calendar.DayOf).ToDictionary(g => g.Key, g => g.Count());
    }
}
