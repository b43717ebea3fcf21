using System.Collections.Concurrent;

namespace Portal.Domain.Engagement;

/// <summary>Keeps the most recent signals in memory (a bounded window), until the engagement pipeline lands.</summary>
public sealed class InMemoryEngagementRecorder : IEngagementRecorder
{
    public const int Capacity = 10_000;

    private readonly ConcurrentQueue<EngagementSignal> signals = new();

    public void Record(EngagementSignal signal)
    {
        signals.Enqueue(signal);
        while (signals.Count > Capacity && signals.TryDequeue(out _))
        {
        }
    }

    public IReadOnlyList<EngagementSignal> Recent() => [.. signals];
}
