using System.Globalization;
using Microsoft.Extensions.DependencyInjection;

namespace Portal.Domain.Engagement.Reports;

/// <summary>The event funnels as report tables: per event (the chart, the table and its CSV) and per city.</summary>
public static class EventFunnelTables
{
    public const string Events = "event-funnels";
    public const string Cities = "event-cities";

    private static readonly ReportColumn[] CountColumns =
    [
        new("FunnelViews", ReportColumnKind.Count),
        new("FunnelSignedUp", ReportColumnKind.Count),
        new("FunnelAttended", ReportColumnKind.Count),
        new("FunnelNoShows", ReportColumnKind.Count),
        new("FunnelNoShowRate", ReportColumnKind.Percent),
        new("FunnelWaitlistJoins", ReportColumnKind.Count),
        new("FunnelPromotions", ReportColumnKind.Count),
        new("FunnelWaitlistConversion", ReportColumnKind.Percent),
        new("FunnelCancelled", ReportColumnKind.Count),
    ];

    /// <summary>The <see cref="Events"/> report for the export registry.</summary>
    public static async Task<ReportTable?> PerEventAsync(IServiceProvider services, ReportRequest request, CancellationToken cancellationToken) =>
        PerEvent(await FunnelsAsync(services, request, cancellationToken), services.GetRequiredService<PrivacyFloor>().MinGroupSize);

    /// <summary>The <see cref="Cities"/> report for the export registry.</summary>
    public static async Task<ReportTable?> PerCityAsync(IServiceProvider services, ReportRequest request, CancellationToken cancellationToken) =>
        PerCity(await FunnelsAsync(services, request, cancellationToken), services.GetRequiredService<PrivacyFloor>().MinGroupSize);

    /// <summary>One row per event, newest first, keyed by the event's id.</summary>
    public static ReportTable PerEvent(EventFunnelReport report, int minGroupSize)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new ReportTable(
            Events,
            [new("FunnelEvent", ReportColumnKind.Label), new("FunnelCity", ReportColumnKind.Label), new("FunnelStarts", ReportColumnKind.Day), .. CountColumns],
            [.. report.Events.Select(e => new ReportRow(
                [ReportCell.Label(e.Title), ReportCell.Label(e.City), ReportCell.Day(e.StartDay), .. Cells(e.Views, e.Counts)],
                Key: e.EventId.ToString(CultureInfo.InvariantCulture)))],
            minGroupSize);
    }

    /// <summary>The funnel steps only (views left out: they dwarf the rest), for the chart; its CSV is the whole <see cref="PerEvent"/> table.</summary>
    public static ReportTable Steps(ReportTable perEvent)
    {
        ArgumentNullException.ThrowIfNull(perEvent);
        string[] steps = ["FunnelSignedUp", "FunnelAttended", "FunnelNoShows"];
        var keep = perEvent.Columns.Select((c, i) => (c, i)).Where(x => x.i == 0 || steps.Contains(x.c.Key)).Select(x => x.i).ToList();
        return perEvent with
        {
            Columns = [.. keep.Select(i => perEvent.Columns[i])],
            Rows = [.. perEvent.Rows.Select(r => r with { Cells = [.. keep.Select(i => r.Cells[i])] })],
        };
    }

    /// <summary>One row per city, most events first.</summary>
    public static ReportTable PerCity(EventFunnelReport report, int minGroupSize)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new ReportTable(
            Cities,
            [new("FunnelCity", ReportColumnKind.Label), new("FunnelEvents", ReportColumnKind.Count), .. CountColumns],
            [.. report.Cities.Select(c => new ReportRow([ReportCell.Label(c.City ?? ""), ReportCell.Of(c.Events), .. Cells(c.Views, c.Counts)]))],
            minGroupSize);
    }

    private static Task<EventFunnelReport> FunnelsAsync(IServiceProvider services, ReportRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return services.GetRequiredService<EventFunnels>().ReportAsync(request.Period.From, request.Period.To, cancellationToken);
    }

    private static ReportCell[] Cells(long views, FunnelCounts counts) =>
    [
        ReportCell.Of(views),
        Count(counts.SignedUp),
        Count(counts.Attended),
        Count(counts.NoShows),
        Rate(counts, counts.NoShowRate),
        Count(counts.WaitlistJoins),
        Count(counts.Promotions),
        Rate(counts, counts.WaitlistConversion),
        Count(counts.Cancelled),
    ];

    private static ReportCell Count(long? value) => value is { } v ? ReportCell.Of(v) : ReportCell.Withheld;

    private static ReportCell Rate(FunnelCounts counts, double? rate) =>
        counts.Withheld ? ReportCell.Withheld : rate is { } r ? ReportCell.Of(r) : ReportCell.Empty;
}
