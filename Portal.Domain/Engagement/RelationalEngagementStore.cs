using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Options;
using Portal.Domain.Data;

namespace Portal.Domain.Engagement;

/// <summary>
/// <see cref="IEngagementStore"/> on the app's own database. A batch is aggregated in memory first, so a batch of
/// thousands of events touches each rollup row once; raw rows go in through one prepared statement. An event already past
/// <see cref="EngagementOptions.RetentionDays"/> (a history written after the fact) counts in every rollup but keeps no raw
/// row and no hourly rollup, as if pruned at once.
/// </summary>
internal sealed class RelationalEngagementStore(
    PortalDbContext db,
    MemberSegments segments,
    LifecycleSnapshots snapshots,
    EngagementCalendar calendar,
    Lifecycle lifecycle,
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
            var newDays = await InsertActiveDaysAsync(sql, events, cancellationToken);
            await UpsertMemberDaysAsync(sql, events, cancellationToken);
            await UpsertMemberSectionsAsync(sql, events, cancellationToken);
            await UpsertProfilesAsync(sql, events, cancellationToken);
            await RecountDailyActivesAsync(sql, newDays, cancellationToken);
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

    /// <summary>Inserts the batch's distinct (day, actor) pairs; returns the days that gained an actor.</summary>
    private static async Task<SortedSet<int>> InsertActiveDaysAsync(SqlBatch sql, IReadOnlyList<EngagementEvent> events, CancellationToken cancellationToken)
    {
        var changed = new SortedSet<int>();
        await using var command = sql.Prepare(
            """
            INSERT INTO "EngagementActiveDays" ("Day", "Actor", "IsMember") VALUES (@day, @actor, @member)
            ON CONFLICT ("Day", "Actor") DO NOTHING
            """,
            "day", "actor", "member");
        foreach (var (day, actor, isMember) in EngagementAggregation.ActiveDays(events))
        {
            if (await SqlBatch.RunAsync(command, cancellationToken, day, actor, isMember) > 0)
            {
                changed.Add(day);
            }
        }

        return changed;
    }

    private static async Task UpsertMemberDaysAsync(SqlBatch sql, IReadOnlyList<EngagementEvent> events, CancellationToken cancellationToken)
    {
        await using var days = sql.Prepare(
            """
            INSERT INTO "EngagementMemberDays" ("MemberId", "Day", "Kind", "Count") VALUES (@member, @day, @kind, @count)
            ON CONFLICT ("MemberId", "Day", "Kind") DO UPDATE SET "Count" = "EngagementMemberDays"."Count" + excluded."Count"
            """,
            "member", "day", "kind", "count");
        await using var weeks = sql.Prepare(
            """
            INSERT INTO "EngagementMemberWeeks" ("MemberId", "Week") VALUES (@member, @week)
            ON CONFLICT ("MemberId", "Week") DO NOTHING
            """,
            "member", "week");
        foreach (var ((member, day, kind), count) in EngagementAggregation.MemberDays(events))
        {
            await SqlBatch.RunAsync(days, cancellationToken, member, day, kind, count);
        }

        foreach (var (member, week) in events.Where(e => e.MemberId is not null).Select(e => (e.MemberId!, EngagementCalendar.WeekOf(e.Day))).Distinct())
        {
            await SqlBatch.RunAsync(weeks, cancellationToken, member, week);
        }
    }

    /// <summary>
    /// Members' thread views per board and article views per category (<see cref="EngagementMemberSectionDay"/>): the
    /// batch's threads and articles are looked up once, in the same transaction; views of ones that no longer exist are left out.
    /// </summary>
    private async Task UpsertMemberSectionsAsync(SqlBatch sql, IReadOnlyList<EngagementEvent> events, CancellationToken cancellationToken)
    {
        var views = events.Where(e => e.MemberId is not null && e.TargetType == EngagementAggregation.SectionOf(e.Kind)).ToList();
        if (views.Count == 0)
        {
            return;
        }

        var sections = new Dictionary<(string Kind, string TargetId), string>();
        foreach (var chunk in IdsOf(views, EngagementKinds.ThreadViewed).Chunk(500))
        {
            foreach (var thread in await db.Threads.AsNoTracking().Where(t => chunk.Contains(t.Id)).Select(t => new { t.Id, t.BoardId }).ToListAsync(cancellationToken))
            {
                sections[(EngagementKinds.ThreadViewed, Invariant(thread.Id))] = Invariant(thread.BoardId);
            }
        }

        foreach (var chunk in IdsOf(views, EngagementKinds.ArticleViewed).Select(id => (int)id).Chunk(500))
        {
            foreach (var article in await db.Articles.AsNoTracking().Where(a => chunk.Contains(a.Id)).Select(a => new { a.Id, a.Category }).ToListAsync(cancellationToken))
            {
                sections[(EngagementKinds.ArticleViewed, Invariant(article.Id))] = article.Category.ToString();
            }
        }

        await using var command = sql.Prepare(
            """
            INSERT INTO "EngagementMemberSectionDays" ("MemberId", "Day", "Kind", "Section", "Count") VALUES (@member, @day, @kind, @section, @count)
            ON CONFLICT ("MemberId", "Day", "Kind", "Section") DO UPDATE SET "Count" = "EngagementMemberSectionDays"."Count" + excluded."Count"
            """,
            "member", "day", "kind", "section", "count");
        var counts = views
            .Select(e => (e.MemberId!, e.Day, e.Kind, Section: sections.GetValueOrDefault((e.Kind, e.TargetId))))
            .Where(v => v.Section is not null)
            .CountBy(v => v);
        foreach (var ((member, day, kind, section), count) in counts)
        {
            await SqlBatch.RunAsync(command, cancellationToken, member, day, kind, section, count);
        }
    }

    private static IEnumerable<long> IdsOf(IEnumerable<EngagementEvent> views, string kind) =>
        views.Where(e => e.Kind == kind)
            .Select(e => long.TryParse(e.TargetId, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : -1)
            .Where(id => id > 0 && id <= int.MaxValue)
            .Distinct();

    private static string Invariant(long id) => id.ToString(CultureInfo.InvariantCulture);

    private async Task UpsertProfilesAsync(SqlBatch sql, IReadOnlyList<EngagementEvent> events, CancellationToken cancellationToken)
    {
        await using var command = sql.Prepare(
            """
            INSERT INTO "EngagementProfiles" ("MemberId", "JoinedAt", "JoinWeek", "FirstSeenAt", "LastActiveAt", "Models", "Verified", "Region", "Stage")
            VALUES (@member, @joined, @week, @first, @last, @models, @verified, @region, @stage)
            ON CONFLICT ("MemberId") DO UPDATE SET
                "FirstSeenAt" = CASE WHEN "EngagementProfiles"."FirstSeenAt" IS NULL OR excluded."FirstSeenAt" < "EngagementProfiles"."FirstSeenAt"
                    THEN excluded."FirstSeenAt" ELSE "EngagementProfiles"."FirstSeenAt" END,
                "LastActiveAt" = CASE WHEN "EngagementProfiles"."LastActiveAt" IS NULL OR excluded."LastActiveAt" > "EngagementProfiles"."LastActiveAt"
                    THEN excluded."LastActiveAt" ELSE "EngagementProfiles"."LastActiveAt" END,
                "Stage" = CASE WHEN "EngagementProfiles"."LastActiveAt" IS NULL OR excluded."LastActiveAt" >= "EngagementProfiles"."LastActiveAt"
                    THEN excluded."Stage" ELSE "EngagementProfiles"."Stage" END,
                "Models" = excluded."Models", "Verified" = excluded."Verified", "Region" = excluded."Region"
            """,
            "member", "joined", "week", "first", "last", "models", "verified", "region", "stage");
        var today = calendar.DayOf(clock.GetUtcNow());
        foreach (var member in events.Where(e => e.MemberId is not null).GroupBy(e => e.MemberId!))
        {
            var first = member.MinBy(e => e.At)!;
            var last = member.MaxBy(e => e.At)!;
            var joinedDay = last.Day - (last.AccountAgeDays ?? 0);
            var joinedAt = calendar.StartOf(joinedDay);
            var stage = lifecycle.StageOn(Math.Max(today, last.Day), joinedDay, last.Day);
            await SqlBatch.RunAsync(command, cancellationToken, member.Key, sql.Instant(joinedAt), EngagementCalendar.WeekOf(joinedDay), sql.Instant(first.At),
                sql.Instant(last.At), last.Models, last.Verified, last.Region, (byte)stage);
        }
    }

    /// <summary>
    /// Recounts DAU, WAU and MAU for every day whose windows a newly active actor changed (up to the latest day there is):
    /// each actor of the 30 days once, with their last active day in it (one grouping instead of a distinct count per column;
    /// the outer WHERE keeps SQLite from reading ON CONFLICT as a join's ON).
    /// </summary>
    private static async Task RecountDailyActivesAsync(SqlBatch sql, SortedSet<int> changedDays, CancellationToken cancellationToken)
    {
        if (changedDays.Count == 0)
        {
            return;
        }

        await using var latestCommand = sql.Prepare("""SELECT MAX("Day") FROM "EngagementActiveDays" """);
        var latest = Convert.ToInt32(await latestCommand.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
        var days = new SortedSet<int>();
        foreach (var day in changedDays)
        {
            for (var d = day; d <= Math.Min(day + 29, latest); d++)
            {
                days.Add(d);
            }
        }

        await using var command = sql.Prepare(
            """
            INSERT INTO "EngagementDailyActives" ("Day", "Dau", "Wau", "Mau", "MemberDau", "MemberWau", "MemberMau")
            SELECT @day,
                COUNT(CASE WHEN "Last" = @day THEN 1 END),
                COUNT(CASE WHEN "Last" > @day - 7 THEN 1 END),
                COUNT(*),
                COUNT(CASE WHEN "Last" = @day AND "IsMember" THEN 1 END),
                COUNT(CASE WHEN "Last" > @day - 7 AND "IsMember" THEN 1 END),
                COUNT(CASE WHEN "IsMember" THEN 1 END)
            FROM (
                SELECT "Actor", "IsMember", MAX("Day") AS "Last" FROM "EngagementActiveDays"
                WHERE "Day" > @day - 30 AND "Day" <= @day GROUP BY "Actor", "IsMember"
            ) AS "Actors"
            WHERE 1 = 1
            ON CONFLICT ("Day") DO UPDATE SET "Dau" = excluded."Dau", "Wau" = excluded."Wau", "Mau" = excluded."Mau",
                "MemberDau" = excluded."MemberDau", "MemberWau" = excluded."MemberWau", "MemberMau" = excluded."MemberMau"
            """,
            "day");
        foreach (var day in days)
        {
            await SqlBatch.RunAsync(command, cancellationToken, day);
        }
    }
}
