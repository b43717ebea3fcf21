using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Portal.Domain.Data;

namespace Portal.Domain.Engagement.Reports;

/// <summary>
/// Lifecycle and retention for the console, overall or for one segment (<see cref="SegmentFilter"/>): stages now (from
/// <c>EngagementProfiles</c>), stages week by week (from the maintenance job's <c>EngagementLifecycleWeeks</c>) and weekly
/// retention cohorts (<c>EngagementProfiles.JoinWeek</c> against <c>EngagementMemberWeeks</c>). Every member count goes
/// through <see cref="PrivacyFloor"/>. Aggregated in SQL; weeks are local weeks (<see cref="EngagementCalendar"/>).
/// </summary>
public sealed class LifecycleReport(
    IDbContextFactory<PortalDbContext> contexts,
    EngagementCalendar calendar,
    PrivacyFloor floor,
    IStringLocalizer<SegmentText> text,
    TimeProvider clock)
{
    public const int DefaultWeeks = 12;

    public static IReadOnlyList<LifecycleStage> Stages { get; } = Enum.GetValues<LifecycleStage>();

    /// <summary>The current week's Monday (day number).</summary>
    public int CurrentWeek => EngagementCalendar.WeekOf(calendar.DayOf(clock.GetUtcNow()));

    /// <summary>Members per stage now, with the change from last week's snapshot (null when either side is withheld or there is none).</summary>
    public async Task<IReadOnlyList<StageCount>> CurrentAsync(SegmentFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = await Filter(db.EngagementProfiles.AsNoTracking(), filter)
            .GroupBy(p => p.Stage).Select(g => new { g.Key, Members = g.Count() })
            .ToDictionaryAsync(s => s.Key, s => (long)s.Members, cancellationToken);
        var lastWeek = CurrentWeek - 7;
        var before = await Snapshot(db, filter).Where(l => l.Week == lastWeek).ToDictionaryAsync(l => l.Stage, l => (long)l.Members, cancellationToken);
        var hasBefore = before.Count > 0 || await db.EngagementLifecycleWeeks.AnyAsync(l => l.Week == lastWeek, cancellationToken);
        return [.. Stages.Select(stage => Count(stage, now.GetValueOrDefault(stage), hasBefore ? before.GetValueOrDefault(stage) : null))];
    }

    /// <summary>The last <paramref name="weeks"/> weeks that have a snapshot, oldest first, each stage with its change from the week before.</summary>
    public async Task<IReadOnlyList<LifecycleWeekRow>> WeeksAsync(SegmentFilter filter, int weeks = DefaultWeeks, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var last = CurrentWeek;
        var first = last - (7 * (weeks - 1));
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var snapshotWeeks = await db.EngagementLifecycleWeeks.AsNoTracking().Where(l => l.Week >= first - 7 && l.Week <= last && l.Dimension == "")
            .Select(l => l.Week).Distinct().ToListAsync(cancellationToken);
        var counts = (await Snapshot(db, filter).Where(l => l.Week >= first - 7 && l.Week <= last).ToListAsync(cancellationToken))
            .ToDictionary(l => (l.Week, l.Stage), l => (long)l.Members);
        var taken = snapshotWeeks.ToHashSet();
        return [.. taken.Where(w => w >= first).Order().Select(week => new LifecycleWeekRow(week, [.. Stages.Select(stage => Count(
            stage,
            counts.GetValueOrDefault((week, stage)),
            taken.Contains(week - 7) ? counts.GetValueOrDefault((week - 7, stage)) : null))]))];
    }

    /// <summary>
    /// The last <paramref name="cohorts"/> weekly join cohorts, newest first, each with its members active in the join week
    /// and the <paramref name="weeks"/> − 1 weeks after it (as far as those weeks have happened).
    /// </summary>
    public async Task<IReadOnlyList<RetentionCohort>> CohortsAsync(SegmentFilter filter, int cohorts = DefaultWeeks, int weeks = DefaultWeeks, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var current = CurrentWeek;
        var first = current - (7 * (cohorts - 1));
        var span = 7 * weeks;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var members = Filter(db.EngagementProfiles.AsNoTracking(), filter).Where(p => p.JoinWeek >= first && p.JoinWeek <= current);
        var sizes = await members.GroupBy(p => p.JoinWeek).Select(g => new { g.Key, Members = g.Count() })
            .ToDictionaryAsync(s => s.Key, s => (long)s.Members, cancellationToken);
        var active = await (
                from p in members
                join w in db.EngagementMemberWeeks on p.MemberId equals w.MemberId
                where w.Week >= p.JoinWeek && w.Week < p.JoinWeek + span
                group w by new { p.JoinWeek, w.Week } into g
                select new { g.Key.JoinWeek, g.Key.Week, Members = g.Count() })
            .ToDictionaryAsync(a => (a.JoinWeek, a.Week), a => (long)a.Members, cancellationToken);
        return [.. Enumerable.Range(0, cohorts).Select(i => current - (7 * i)).Select(week =>
        {
            var size = sizes.GetValueOrDefault(week);
            var reached = Math.Min(weeks, ((current - week) / 7) + 1);
            return new RetentionCohort(week, floor.Cell(size, size), [.. Enumerable.Range(0, reached).Select(k => floor.Cell(size, active.GetValueOrDefault((week, week + (7 * k)))))]);
        })];
    }

    /// <summary>Every value of <paramref name="dimension"/> in the latest snapshot, largest first, with its members per stage.</summary>
    public async Task<IReadOnlyList<SegmentBreakdownRow>> BreakdownAsync(string dimension, CancellationToken cancellationToken = default)
    {
        if (!SegmentFilter.Dimensions.Contains(dimension))
        {
            throw new ArgumentOutOfRangeException(nameof(dimension), dimension, "Not a lifecycle breakdown dimension.");
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var latest = await db.EngagementLifecycleWeeks.Where(l => l.Dimension == "").MaxAsync(l => (int?)l.Week, cancellationToken);
        if (latest is null)
        {
            return [];
        }

        var rows = await db.EngagementLifecycleWeeks.AsNoTracking().Where(l => l.Week == latest && l.Dimension == dimension).ToListAsync(cancellationToken);
        var names = dimension == SegmentDimensions.Model
            ? await db.VehicleModels.AsNoTracking().ToDictionaryAsync(m => m.Id.ToString(CultureInfo.InvariantCulture), m => m.Name, cancellationToken)
            : [];
        return [.. rows.GroupBy(r => r.Value, StringComparer.Ordinal)
            .Select(g =>
            {
                var total = g.Sum(r => (long)r.Members);
                var shown = floor.Shows(total);
                var stages = Stages.Select(stage => g.Where(r => r.Stage == stage).Sum(r => (long)r.Members))
                    .Select((n, i) => new StageCount(Stages[i], shown ? floor.Cell(n, n) : null, null));
                return (Total: total, Row: new SegmentBreakdownRow(g.Key, LabelOf(dimension, g.Key, names), floor.Cell(total, total), [.. stages]));
            })
            .OrderByDescending(r => r.Total).ThenBy(r => r.Row.Value, StringComparer.Ordinal)
            .Select(r => r.Row)];
    }

    /// <summary>A model's name, a city, or the words for verified, not verified, no car and no city (in the current culture).</summary>
    private string LabelOf(string dimension, string value, Dictionary<string, string> modelNames) =>
        modelNames.GetValueOrDefault(value) is { } name ? name
        : text[$"{dimension}.{value}"] is { ResourceNotFound: false } words ? words
        : value;

    private StageCount Count(LifecycleStage stage, long members, long? before) =>
        new(stage, floor.Cell(members, members), floor.Shows(members) && before is { } b && floor.Shows(b) ? members - b : null);

    private static IQueryable<EngagementLifecycleWeek> Snapshot(PortalDbContext db, SegmentFilter filter) =>
        db.EngagementLifecycleWeeks.AsNoTracking().Where(l => l.Dimension == filter.Dimension && l.Value == filter.Value);

    private static IQueryable<EngagementProfile> Filter(IQueryable<EngagementProfile> profiles, SegmentFilter filter) => filter.Dimension switch
    {
        "" => profiles,
        SegmentDimensions.Model when filter.Value == SegmentDimensions.None => profiles.Where(p => p.Models == ""),
        SegmentDimensions.Model => profiles.Where(p => ("," + p.Models + ",").Contains("," + filter.Value + ",")),
        SegmentDimensions.Region when filter.Value.Length == 0 => profiles.Where(p => p.Region == null || p.Region == ""),
        SegmentDimensions.Region => profiles.Where(p => p.Region == filter.Value),
        SegmentDimensions.Verified => profiles.Where(p => p.Verified == (filter.Value == SegmentDimensions.Yes)),
        _ => throw new ArgumentOutOfRangeException(nameof(filter), filter.Dimension, "Not a lifecycle breakdown dimension."),
    };
}
