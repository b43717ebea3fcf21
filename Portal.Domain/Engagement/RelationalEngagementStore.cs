using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Options;
using Portal.Domain.Data;

namespace Portal.Domain.Engagement;

/// <summary>
/// <see cref="IEngagementStore"/> on the app's own database. A batch is aggregated in memory first, so a batch of
/// thousands of events touches each rollup row once; raw rows go in through one prepared statement. An event already past
/// <see cref="EngagementOptions.RetentionDays"/> (a history written after the fact) counts in every rollup but keeps no raw
/// row and no hourly rollup, as if pruned at once. The batch's daily actives are <see cref="DailyActivesWriter"/>'s, its
/// per-member rows <see cref="MemberEngagementWriter"/>'s, in the same transaction.
/// </summary>
internal sealed class RelationalEngagementStore(
    PortalDbContext db,
    MemberSegments segments,
    LifecycleSnapshots snapshots,
    EngagementCalendar calendar,
    MemberEngagementWriter members,
    IOptions<EngagementOptions> options,
    TimeProvider clock) : IEngagementStore
{
    public async Task<IReadOnlyDictionary<string, MemberSegment>> LoadSegmentsAsync(IReadOnlyCollection<string> memberIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(memberIds);
        var ids = memberIds.ToList();
        var current = await segments.CurrentAsync(ids, cancellationToken);
        var lastActive = await db.EngagementProfiles.AsNoTracking().Where(p => ids.Contains(p.MemberId))
            .ToDictionaryAsync(p => p.MemberId, p => p.LastActiveAt, cancellationToken);
        return current.ToDictionary(m => m.Key, m => m.Value with { LastActiveAt = lastActive.GetValueOrDefault(m.Key) });
    }

    public async Task WriteAsync(IReadOnlyList<EngagementEvent> events, long dropped, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(events);
        if (events.Count == 0 && dropped == 0)
        {
            return;
        }

        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var connection = db.Database.GetDbConnection();
            var sql = new SqlBatch(connection, transaction.GetDbTransaction(), db.Database.IsSqlite());
            var keepFrom = clock.GetUtcNow().AddDays(-options.Value.RetentionDays);
            await InsertEventsAsync(sql, events, keepFrom, cancellationToken);
            await UpsertRollupsAsync(sql, EngagementAggregation.Rollups(events, dropped, calendar.DayOf(clock.GetUtcNow()), EngagementCalendar.HourOf(keepFrom)), cancellationToken);
            var newDays = await DailyActivesWriter.InsertAsync(sql, events, cancellationToken);
            await members.WriteAsync(sql, events, cancellationToken);
            await DailyActivesWriter.RecountAsync(sql, newDays, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        });
    }

    public async Task<int> PruneAsync(DateTimeOffset before, CancellationToken cancellationToken)
    {
        var hour = EngagementCalendar.HourOf(before);
        var deleted = await db.EngagementEvents.Where(e => e.At < before).ExecuteDeleteAsync(cancellationToken);
        await db.EngagementRollups.Where(r => r.Grain == RollupGrain.Hour && r.Period < hour).ExecuteDeleteAsync(cancellationToken);
        return deleted;
    }

    public Task SnapshotLifecycleAsync(int day, CancellationToken cancellationToken) => snapshots.TakeAsync(day, cancellationToken);

    public async Task AnalyzeAsync(CancellationToken cancellationToken)
    {
        await db.Database.ExecuteSqlRawAsync("""ANALYZE "EngagementRollups" """, cancellationToken);
        await db.Database.ExecuteSqlRawAsync("""ANALYZE "EngagementMemberDays" """, cancellationToken);
        await db.Database.ExecuteSqlRawAsync("""ANALYZE "EngagementMemberSectionDays" """, cancellationToken);
    }

    private static async Task InsertEventsAsync(SqlBatch sql, IReadOnlyList<EngagementEvent> events, DateTimeOffset keepFrom, CancellationToken cancellationToken)
    {
        if (!events.Any(e => e.At >= keepFrom))
        {
            return;
        }

        await using var command = sql.Prepare(
            """
            INSERT INTO "EngagementEvents" ("At", "Day", "Kind", "MemberId", "VisitorId", "TargetType", "TargetId", "Device", "Models", "Verified", "Region", "AccountAgeDays", "Stage")
            VALUES (@at, @day, @kind, @member, @visitor, @type, @target, @device, @models, @verified, @region, @age, @stage)
            """,
            "at", "day", "kind", "member", "visitor", "type", "target", "device", "models", "verified", "region", "age", "stage");
        foreach (var e in events.Where(e => e.At >= keepFrom))
        {
            await SqlBatch.RunAsync(command, cancellationToken, sql.Instant(e.At), e.Day, e.Kind, e.MemberId, e.VisitorId, e.TargetType, e.TargetId,
                (byte)e.Device, e.Models, e.Verified, e.Region, e.AccountAgeDays, e.Stage is { } stage ? (byte)stage : null);
        }
    }

    private static async Task UpsertRollupsAsync(SqlBatch sql, IReadOnlyDictionary<RollupKey, long> rollups, CancellationToken cancellationToken)
    {
        await using var command = sql.Prepare(
            """
            INSERT INTO "EngagementRollups" ("Grain", "Metric", "TargetType", "Period", "TargetId", "Dimension", "Value", "Count")
            VALUES (@grain, @metric, @type, @period, @target, @dimension, @value, @count)
            ON CONFLICT ("Grain", "Metric", "TargetType", "Period", "TargetId", "Dimension", "Value")
            DO UPDATE SET "Count" = "EngagementRollups"."Count" + excluded."Count"
            """,
            "grain", "metric", "type", "period", "target", "dimension", "value", "count");
        foreach (var (key, count) in rollups)
        {
            await SqlBatch.RunAsync(command, cancellationToken, (byte)key.Grain, key.Metric, key.TargetType, key.Period, key.TargetId, key.Dimension, key.Value, count);
        }
    }
}
