using Microsoft.EntityFrameworkCore;
using Portal.Domain.Data;
using Portal.Domain.Engagement;
using Portal.Domain.Engagement.Reports;

namespace Portal.Domain.Segments;

/// <summary>
/// Each saved segment's size per local day (<see cref="SegmentSize"/>): <see cref="RecordAsync"/> sets today's row for
/// every segment (the hourly recurring job calls it, so a day keeps its last reading), and
/// <see cref="TrendAsync"/> reads a segment's days as a report table, members withheld under the privacy floor.
/// </summary>
public sealed class SegmentSizes(IDbContextFactory<PortalDbContext> contexts, SegmentEvaluator evaluator, EngagementCalendar calendar, PrivacyFloor floor, TimeProvider clock)
{
    /// <summary>The report's name: <c>/console/exports/segment-sizes.csv?id={segment}</c>.</summary>
    public const string Report = "segment-sizes";

    /// <summary>Sets today's size of every saved segment; returns how many were measured.</summary>
    public async Task<int> RecordAsync(CancellationToken ct)
    {
        var today = calendar.DayOf(clock.GetUtcNow());
        await using var db = await contexts.CreateDbContextAsync(ct);
        var segments = await db.Segments.AsNoTracking().ToListAsync(ct);
        var existing = await db.SegmentSizes.Where(s => s.Day == today).ToDictionaryAsync(s => s.SegmentId, ct);
        foreach (var segment in segments)
        {
            var members = await evaluator.CountAsync(segment.Definition, ct);
            if (existing.TryGetValue(segment.Id, out var size))
            {
                size.Members = members;
            }
            else
            {
                db.SegmentSizes.Add(new SegmentSize { SegmentId = segment.Id, Day = today, Members = members });
            }
        }

        await db.SaveChangesAsync(ct);
        return segments.Count;
    }

    /// <summary>
    /// Sizes for the <paramref name="days"/> days before today that have none, each evaluated as if that day were today
    /// (<see cref="SegmentEvaluator.CountOnAsync"/>): how the demo seed gives its segments a history.
    /// </summary>
    internal async Task BackfillAsync(int days, CancellationToken ct)
    {
        var today = calendar.DayOf(clock.GetUtcNow());
        await using var db = await contexts.CreateDbContextAsync(ct);
        var segments = await db.Segments.AsNoTracking().ToListAsync(ct);
        var taken = (await db.SegmentSizes.Where(s => s.Day >= today - days).Select(s => new { s.SegmentId, s.Day }).ToListAsync(ct))
            .Select(s => (s.SegmentId, s.Day)).ToHashSet();
        foreach (var segment in segments)
        {
            for (var day = today - days; day < today; day++)
            {
                if (!taken.Contains((segment.Id, day)))
                {
                    db.SegmentSizes.Add(new SegmentSize { SegmentId = segment.Id, Day = day, Members = await evaluator.CountOnAsync(segment.Definition, day, ct) });
                }
            }
        }

        await db.SaveChangesAsync(ct);
    }

    /// <summary>Every segment's recorded size on <paramref name="day"/> (segments without a reading that day are missing).</summary>
    public async Task<IReadOnlyDictionary<int, int>> OnDayAsync(int day, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.SegmentSizes.AsNoTracking().Where(s => s.Day == day).ToDictionaryAsync(s => s.SegmentId, s => s.Members, ct);
    }

    /// <summary>The segment's size on each day of <paramref name="period"/> that has a reading, oldest first (null for no such segment).</summary>
    public async Task<ReportTable?> TrendAsync(int segmentId, ReportPeriod period, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(period);
        await using var db = await contexts.CreateDbContextAsync(ct);
        if (!await db.Segments.AnyAsync(s => s.Id == segmentId, ct))
        {
            return null;
        }

        var sizes = await db.SegmentSizes.AsNoTracking()
            .Where(s => s.SegmentId == segmentId && s.Day >= period.From && s.Day <= period.To)
            .OrderBy(s => s.Day).ToListAsync(ct);
        return new ReportTable(
            Report,
            [new("day", ReportColumnKind.Day), new("segment-members", ReportColumnKind.Count)],
            [.. sizes.Select(s => new ReportRow([ReportCell.Day(s.Day), ReportCell.Members(floor, s.Members)]))],
            floor.MinGroupSize);
    }
}
