namespace Portal.Domain.Activity;

/// <summary>
/// The one way news travels. Publishing never waits for subscribers: each subscriber reads from its own bounded
/// queue, and a subscriber that falls behind loses its oldest items, never the publisher's time or another
/// subscriber's messages. Handlers of one subscription run one at a time, in publish order per publisher.
/// The in-memory bus serves one node; a Redis bus implements the same contract for several.
/// </summary>
public interface IActivityBus
{
    ValueTask PublishAsync(ActivityEvent activity, CancellationToken cancellationToken = default);

    /// <summary>Calls <paramref name="handler"/> for every activity that passes <paramref name="filter"/>, until the result is disposed.</summary>
    IDisposable Subscribe(Func<ActivityEvent, ValueTask> handler, Func<ActivityEvent, bool>? filter = null);
}
