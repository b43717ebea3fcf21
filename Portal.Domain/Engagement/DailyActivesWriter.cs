using System.Globalization;

namespace Portal.Domain.Engagement;

/// <summary>
/// A batch's part in who was active when: each (day, actor) once in <c>EngagementActiveDays</c>, then DAU, WAU and MAU
/// (<see cref="EngagementDailyActives"/>) recounted for the days whose windows that changed. Runs inside
/// <see cref="RelationalEngagementStore.WriteAsync"/>'s transaction.
/// </summary>
internal static class DailyActivesWriter
{
    /// <summary>Inserts the batch's distinct (day, actor) pairs; returns the days that gained an actor.</summary>
    public static async Task<SortedSet<int>> InsertAsync(SqlBatch sql, IReadOnlyList<EngagementEvent> events, CancellationToken cancellationToken)
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

    /// <summary>
    /// Recounts DAU, WAU and MAU for every day whose windows a newly active actor changed (up to the latest day there is):
    /// each actor of the 30 days once, with their last active day in it (one grouping instead of a distinct count per column;
    /// the outer WHERE keeps SQLite from reading ON CONFLICT as a join's ON).
    /// </summary>
    public static async Task RecountAsync(SqlBatch sql, SortedSet<int> changedDays, CancellationToken cancellationToken)
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
