using System.Globalization;
using Microsoft.Extensions.DependencyInjection;

namespace Portal.Domain.Engagement.Reports;

/// <summary>The lifecycle reports as report tables: stages week by week, retention cohorts and a dimension's breakdown.</summary>
public static class LifecycleTables
{
    public const string Weeks = "lifecycle-weeks";
    public const string Cohorts = "lifecycle-cohorts";
    public const string Breakdown = "lifecycle-breakdown";

    private static readonly ReportColumn[] StageColumns = [.. LifecycleReport.Stages.Select(s => new ReportColumn($"Stage{s}", ReportColumnKind.Count))];

    /// <summary>The <see cref="Weeks"/> report for the export registry; the request's id is the <see cref="SegmentFilter.Id"/>.</summary>
    public static async Task<ReportTable?> PerWeekAsync(IServiceProvider services, ReportRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return SegmentFilter.Parse(request.Id) is { } filter
            ? PerWeek(await services.GetRequiredService<LifecycleReport>().WeeksAsync(filter, cancellationToken: cancellationToken), MinGroupSize(services))
            : null;
    }

    /// <summary>The <see cref="Cohorts"/> report for the export registry; the request's id is the <see cref="SegmentFilter.Id"/>.</summary>
    public static async Task<ReportTable?> PerCohortAsync(IServiceProvider services, ReportRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return SegmentFilter.Parse(request.Id) is { } filter
            ? PerCohort(await services.GetRequiredService<LifecycleReport>().CohortsAsync(filter, cancellationToken: cancellationToken), LifecycleReport.DefaultWeeks, MinGroupSize(services))
            : null;
    }

    /// <summary>The <see cref="Breakdown"/> report for the export registry; the request's id is the dimension.</summary>
    public static async Task<ReportTable?> PerValueAsync(IServiceProvider services, ReportRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Id is { } dimension && SegmentFilter.Dimensions.Contains(dimension)
            ? PerValue(await services.GetRequiredService<LifecycleReport>().BreakdownAsync(dimension, cancellationToken), MinGroupSize(services))
            : null;
    }

    /// <summary>One row per snapshot week (its Monday), a column per stage: the stacked bar and its table.</summary>
    public static ReportTable PerWeek(IReadOnlyList<LifecycleWeekRow> weeks, int minGroupSize)
    {
        ArgumentNullException.ThrowIfNull(weeks);
        return new ReportTable(
            Weeks,
            [new("LifecycleWeek", ReportColumnKind.Day), .. StageColumns],
            [.. weeks.Select(w => new ReportRow([ReportCell.Day(w.Week), .. w.Stages.Select(s => Count(s.Members))]))],
            minGroupSize);
    }

    /// <summary>One row per join week, newest first: its members, then the share active in each week after joining (empty for weeks to come).</summary>
    public static ReportTable PerCohort(IReadOnlyList<RetentionCohort> cohorts, int weeks, int minGroupSize)
    {
        ArgumentNullException.ThrowIfNull(cohorts);
        return new ReportTable(
            Cohorts,
            [new("CohortJoinWeek", ReportColumnKind.Day), new("CohortMembers", ReportColumnKind.Count), .. Enumerable.Range(0, weeks).Select(k => new ReportColumn(WeekKey(k), ReportColumnKind.Percent))],
            [.. cohorts.Select(c => new ReportRow(
            [
                ReportCell.Day(c.Week),
                Count(c.Members),
                .. Enumerable.Range(0, weeks).Select(k => k >= c.Active.Count ? ReportCell.Empty : c.Withheld ? ReportCell.Withheld : c.Share(k) is { } share ? ReportCell.Of(share) : ReportCell.Empty),
            ]))],
            minGroupSize);
    }

    /// <summary>One row per value of the dimension (largest first), keyed by the value: its members and their stages.</summary>
    public static ReportTable PerValue(IReadOnlyList<SegmentBreakdownRow> rows, int minGroupSize)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return new ReportTable(
            Breakdown,
            [new("SegmentValue", ReportColumnKind.Label), new("SegmentMembers", ReportColumnKind.Count), .. StageColumns],
            [.. rows.Select(r => new ReportRow([ReportCell.Label(r.Label), Count(r.Members), .. r.Stages.Select(s => Count(s.Members))], Key: r.Value))],
            minGroupSize);
    }

    /// <summary>The column key of the share active <paramref name="offset"/> weeks after joining (<c>Column.CohortWeek3</c>).</summary>
    public static string WeekKey(int offset) => "CohortWeek" + offset.ToString(CultureInfo.InvariantCulture);

    private static int MinGroupSize(IServiceProvider services) => services.GetRequiredService<PrivacyFloor>().MinGroupSize;

    private static ReportCell Count(long? value) => value is { } v ? ReportCell.Of(v) : ReportCell.Withheld;
}
