using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Portal.Domain.Data;
using Portal.Domain.Engagement;
using Portal.Domain.Engagement.Reports;
using Portal.Domain.Events;

namespace Portal.Domain.Segments;

/// <summary>
/// Two segments side by side on the same metrics (<see cref="SegmentMetrics"/>): size, members active in the last 7 and
/// 30 days, threads, replies, reactions, event sign-ups and check-ins per 100 members over 30 days, and the lifecycle mix.
/// Read from profiles, member-day rollups and <c>EventSignups</c>; a segment of 1 to 4 members shows nothing, and any
/// count of 1 to 4 members is withheld (<see cref="PrivacyFloor"/>).
/// </summary>
public sealed class SegmentComparison(
    IDbContextFactory<PortalDbContext> contexts,
    SegmentEvaluator evaluator,
    EngagementCalendar calendar,
    PrivacyFloor floor,
    IStringLocalizer<SegmentMetricText> text,
    TimeProvider clock)
{
    /// <summary>The report's name: <c>/console/exports/segment-compare.csv?id={a},{b}</c>.</summary>
    public const string Report = "segment-compare";

    public const int Days = 30;

    private static readonly string[] ActivityKinds = [EngagementKinds.ThreadCreated, EngagementKinds.PostCreated, EngagementKinds.ReactionAdded];

    /// <summary>The <see cref="Report"/> for the export registry: the request's id is the two segment ids, comma-separated.</summary>
    public static async Task<ReportTable?> CompareAsync(IServiceProvider services, ReportRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var ids = (request.Id ?? "").Split(',');
        if (ids.Length != 2 || !int.TryParse(ids[0], CultureInfo.InvariantCulture, out var a) || !int.TryParse(ids[1], CultureInfo.InvariantCulture, out var b))
        {
            return null;
        }

        var segments = services.GetRequiredService<SegmentService>();
        return await segments.GetAsync(a, ct) is { } first && await segments.GetAsync(b, ct) is { } second
            ? await services.GetRequiredService<SegmentComparison>().CompareAsync(first.Definition, second.Definition, ct)
            : null;
    }

    /// <summary>One row per metric, a column for each segment.</summary>
    public async Task<ReportTable> CompareAsync(SegmentDefinition a, SegmentDefinition b, CancellationToken ct)
    {
        var first = await MetricsAsync(a, ct);
        var second = await MetricsAsync(b, ct);
        var rows = new List<ReportRow>
        {
            Row("members", first, second, m => m.Members),
            Row("active-7", first, second, m => m.ActiveLast7Days),
            Row("active-30", first, second, m => m.ActiveLast30Days),
            PerHundred("threads", first, second, m => m.Threads),
            PerHundred("replies", first, second, m => m.Replies),
            PerHundred("reactions", first, second, m => m.Reactions),
            PerHundred("signups", first, second, m => m.SignUps),
            PerHundred("checkins", first, second, m => m.CheckIns),
        };
        rows.AddRange(Enum.GetValues<LifecycleStage>().Select(stage => Row($"stage-{stage}", first, second, m => m.Stages.GetValueOrDefault(stage))));
        return new ReportTable(
            Report,
            [new("segment-metric", ReportColumnKind.Label), new("segment-a", ReportColumnKind.Count), new("segment-b", ReportColumnKind.Count)],
            rows,
            floor.MinGroupSize);
    }

    /// <summary>The segment's metrics now (the last <see cref="Days"/> local days, today included).</summary>
    public async Task<SegmentMetrics> MetricsAsync(SegmentDefinition definition, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var today = calendar.DayOf(clock.GetUtcNow());
        var from = today - Days + 1;
        var (since7, since30, until) = (calendar.StartOf(today - 6), calendar.StartOf(from), calendar.StartOf(today + 1));
        await using var db = await contexts.CreateDbContextAsync(ct);
        var ids = evaluator.Members(db, definition).Select(u => u.Id);
        var members = await ids.CountAsync(ct);
        var stages = await db.EngagementProfiles.Where(p => ids.Contains(p.MemberId)).GroupBy(p => p.Stage)
            .Select(g => new { Stage = g.Key, Members = g.Count(), Active7 = g.Count(p => p.LastActiveAt >= since7), Active30 = g.Count(p => p.LastActiveAt >= since30) })
            .ToListAsync(ct);
        var activity = await db.EngagementMemberDays
            .Where(d => d.Day >= from && d.Day <= today && ActivityKinds.Contains(d.Kind) && ids.Contains(d.MemberId))
            .GroupBy(d => d.Kind).Select(g => new { Kind = g.Key, Count = g.Sum(d => (long)d.Count) })
            .ToDictionaryAsync(k => k.Kind, k => k.Count, ct);
        var signups = db.EventSignups.Where(s => ids.Contains(s.MemberId));
        var signedUp = await signups.LongCountAsync(s => s.Status == SignupStatus.Confirmed && s.SignedUpAt >= since30 && s.SignedUpAt < until, ct);
        var checkedIn = await signups.LongCountAsync(s => s.CheckedInAt != null && s.CheckedInAt >= since30 && s.CheckedInAt < until, ct);
        return new SegmentMetrics(
            members,
            stages.Sum(s => s.Active7),
            stages.Sum(s => s.Active30),
            activity.GetValueOrDefault(EngagementKinds.ThreadCreated),
            activity.GetValueOrDefault(EngagementKinds.PostCreated),
            activity.GetValueOrDefault(EngagementKinds.ReactionAdded),
            signedUp,
            checkedIn,
            stages.ToDictionary(s => s.Stage, s => s.Members));
    }

    private ReportRow Row(string key, SegmentMetrics a, SegmentMetrics b, Func<SegmentMetrics, long> members) =>
        new([ReportCell.Label(text[key]), Members(a, members(a)), Members(b, members(b))], key);

    private ReportRow PerHundred(string key, SegmentMetrics a, SegmentMetrics b, Func<SegmentMetrics, long> count) =>
        new([ReportCell.Label(text[$"{key}-per-100"]), PerHundred(a, count(a)), PerHundred(b, count(b))], key);

    /// <summary>A count of members of the segment: nothing at all when the segment itself is under the floor.</summary>
    private ReportCell Members(SegmentMetrics segment, long members) =>
        floor.Shows(segment.Members) ? ReportCell.Members(floor, members) : ReportCell.Withheld;

    private ReportCell PerHundred(SegmentMetrics segment, long count) =>
        !floor.Shows(segment.Members) ? ReportCell.Withheld
        : segment.Members == 0 ? ReportCell.Empty
        : ReportCell.Of(Math.Round(100.0 * count / segment.Members));
}
