namespace Portal.Domain.Activity;

/// <summary>
/// A feature's recent public activity, read once so the ticker is not empty after a restart, and the judge of which
/// of its lines are no longer public (hidden, deleted, unpublished), checked each time the ticker is read.
/// </summary>
public interface IActivityHistory
{
    Task<IReadOnlyList<ActivityEvent>> RecentAsync(int count, CancellationToken cancellationToken = default);

    /// <summary>The lines among <paramref name="lines"/> about this feature's items that may no longer be shown to everyone.</summary>
    Task<IReadOnlyList<ActivityEvent>> GoneAsync(IReadOnlyList<ActivityEvent> lines, CancellationToken cancellationToken = default);
}
