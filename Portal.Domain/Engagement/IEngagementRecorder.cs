namespace Portal.Domain.Engagement;

/// <summary>
/// Where features report interactions. Recording never blocks or fails the use case that reports it; the
/// engagement pipeline (batching into raw events and rollups) replaces the in-memory implementation.
/// </summary>
public interface IEngagementRecorder
{
    void Record(EngagementSignal signal);
}
