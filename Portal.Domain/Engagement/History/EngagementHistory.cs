using Microsoft.EntityFrameworkCore;
using Portal.Domain.Data;

namespace Portal.Domain.Engagement.History;

/// <summary>
/// Writes a generated history (<see cref="EngagementHistoryGenerator"/>) for every member of the database through the real
/// <see cref="IEngagementStore"/>, in chronological batches, so every rollup, active day, profile and stage is worked out by
/// the store's own code; then takes the lifecycle snapshot of every week of it, as the maintenance job would have.
/// </summary>
public sealed class EngagementHistory(PortalDbContext db, IEngagementStore store, EngagementHistoryGenerator generator, EngagementCalendar calendar)
{
    /// <summary>Returns the number of events written.</summary>
    public async Task<long> WriteAsync(HistoryContent content, HistoryPlan plan, Random random, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var ids = await db.Users.AsNoTracking().Select(u => u.Id).ToListAsync(cancellationToken);
        var members = await store.LoadSegmentsAsync(ids, cancellationToken);
        long written = 0;
        var batch = new List<EngagementEvent>(plan.BatchSize + 1000);
        foreach (var day in generator.Generate(members, content, plan, random))
        {
            batch.AddRange(day);
            if (batch.Count >= plan.BatchSize)
            {
                written += await FlushAsync(batch, cancellationToken);
            }
        }

        written += await FlushAsync(batch, cancellationToken);
        var lastDay = calendar.DayOf(plan.Until);
        for (var week = EngagementCalendar.WeekOf(lastDay) - (7 * (plan.LifecycleWeeks - 1)); week <= lastDay; week += 7)
        {
            await store.SnapshotLifecycleAsync(Math.Min(week + 6, lastDay), cancellationToken);
        }

        // As the hourly maintenance leaves it: the planner's statistics cover the history just written.
        await store.AnalyzeAsync(cancellationToken);
        return written;
    }

    private async Task<int> FlushAsync(List<EngagementEvent> batch, CancellationToken cancellationToken)
    {
        var count = batch.Count;
        await store.WriteAsync(batch, dropped: 0, cancellationToken);
        batch.Clear();
        return count;
    }
}
