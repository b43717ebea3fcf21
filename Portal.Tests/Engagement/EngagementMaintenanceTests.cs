using Microsoft.Data.Sqlite;
using Portal.Domain.Engagement;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Engagement;

/// <summary>The hourly maintenance leaves the planner statistics that keep the console's period queries on the rollup key.</summary>
public sealed class EngagementMaintenanceTests
{
    [Fact]
    public async Task After_maintenance_a_periods_top_threads_are_read_through_the_rollup_key_not_the_per_item_index()
    {
        await using var database = await TestDatabase.CreateAsync();
        var calendar = database.Get<EngagementCalendar>();
        var now = database.Clock.GetUtcNow();
        // 40 threads viewed on each of 200 days: a period of 30 days is a small part of each thread's rows.
        var events = Enumerable.Range(0, 200).SelectMany(d => Enumerable.Range(1, 40).Select(t => new EngagementEvent
        {
            At = now.AddDays(-d),
            Day = calendar.DayOf(now.AddDays(-d)),
            Kind = EngagementKinds.ThreadViewed,
            VisitorId = $"v{t}",
            TargetType = "thread",
            TargetId = t.ToString(System.Globalization.CultureInfo.InvariantCulture),
        })).ToList();
        await database.Get<IEngagementStore>().WriteAsync(events, 0, CancellationToken.None);

        await database.Get<EngagementMaintenance>().RunOnceAsync(CancellationToken.None);

        await using var connection = new SqliteConnection(database.Paths.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            EXPLAIN QUERY PLAN
            SELECT "TargetId", "Metric", SUM("Count") FROM "EngagementRollups"
            WHERE "Grain" = 1 AND "Metric" IN ('thread.viewed', 'post.created', 'reaction.added') AND "TargetType" = 'thread'
              AND "Period" >= $from AND "Period" <= $to AND "TargetId" <> '' AND "Dimension" = ''
            GROUP BY "TargetId", "Metric"
            """;
        var today = calendar.DayOf(now);
        command.Parameters.AddWithValue("$from", today - 29);
        command.Parameters.AddWithValue("$to", today);
        var plan = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                plan.Add(reader.GetString(3));
            }
        }

        Assert.Contains(plan, step => step.Contains("sqlite_autoindex_EngagementRollups_1", StringComparison.Ordinal) && step.Contains("Period>?", StringComparison.Ordinal));
    }
}
