namespace Portal.Domain.Activity;

/// <summary>A feature's recent public activity, read once so the ticker is not empty after a restart.</summary>
public interface IActivityHistory
{
    Task<IReadOnlyList<ActivityEvent>> RecentAsync(int count, CancellationToken cancellationToken = default);
}
