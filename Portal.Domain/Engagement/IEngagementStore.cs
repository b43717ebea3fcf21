namespace Portal.Domain.Engagement;

/// <summary>
/// Where engagement is kept: raw events and every rollup, profile and snapshot derived from them. The one seam the
/// scale-out work replaces; SQLite is the default and the SQL is the subset PostgreSQL shares (upserts with ON CONFLICT).
/// </summary>
public interface IEngagementStore
{
    /// <summary>The segment of each member (members who no longer exist are left out).</summary>
    Task<IReadOnlyDictionary<string, MemberSegment>> LoadSegmentsAsync(IReadOnlyCollection<string> memberIds, CancellationToken cancellationToken);

    /// <summary>Stores a batch and updates every rollup from it in one transaction; <paramref name="dropped"/> signals lost since the last batch are counted too.</summary>
    Task WriteAsync(IReadOnlyList<EngagementEvent> events, long dropped, CancellationToken cancellationToken);

    /// <summary>Deletes raw events and hourly rollups older than <paramref name="before"/>; returns the raw events deleted.</summary>
    Task<int> PruneAsync(DateTimeOffset before, CancellationToken cancellationToken);

    /// <summary>
    /// Brings every member's profile in line with their account and garage, works out each member's lifecycle stage on
    /// <paramref name="day"/> and stores the counts for that day's week (replacing that week's earlier snapshot).
    /// </summary>
    Task SnapshotLifecycleAsync(int day, CancellationToken cancellationToken);

    /// <summary>
    /// Refreshes the query planner's statistics on the rollup tables (<c>ANALYZE</c>, the same statement on SQLite and
    /// PostgreSQL). Without them SQLite picks the per-item index for a period's top items and reads a whole year of rows.
    /// </summary>
    Task AnalyzeAsync(CancellationToken cancellationToken);
}
