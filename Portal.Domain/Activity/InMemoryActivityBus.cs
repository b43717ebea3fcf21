using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Portal.Domain.Activity;

/// <summary>
/// The bus for one node. Publishing offers the activity to every subscriber's own bounded queue and returns at once;
/// the subscriber list is copied on write, so publishing takes no lock.
/// </summary>
public sealed partial class InMemoryActivityBus(IOptions<ActivityOptions> options, ILogger<InMemoryActivityBus> logger) : IActivityBus, IDisposable
{
    private readonly Lock gate = new();
    private ActivitySubscription[] subscribers = [];
    private long dropped;

    /// <summary>How many subscriptions are live (tests prove components leave none behind).</summary>
    public int SubscriberCount => Volatile.Read(ref subscribers).Length;

    /// <summary>Activities dropped from full subscriber queues since start.</summary>
    public long Dropped => Interlocked.Read(ref dropped);

    public ValueTask PublishAsync(ActivityEvent activity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        foreach (var subscriber in Volatile.Read(ref subscribers))
        {
            subscriber.Offer(activity);
        }

        return ValueTask.CompletedTask;
    }

    public IDisposable Subscribe(Func<ActivityEvent, ValueTask> handler, Func<ActivityEvent, bool>? filter = null)
    {
        ArgumentNullException.ThrowIfNull(handler);
        var subscription = new ActivitySubscription(this, handler, filter, options.Value.SubscriberQueue);
        lock (gate)
        {
            subscribers = [.. subscribers, subscription];
        }

        subscription.Start();
        return subscription;
    }

    public void Dispose()
    {
        ActivitySubscription[] all;
        lock (gate)
        {
            all = subscribers;
            subscribers = [];
        }

        foreach (var subscription in all)
        {
            subscription.Dispose();
        }
    }

    internal void Remove(ActivitySubscription subscription)
    {
        lock (gate)
        {
            subscribers = [.. subscribers.Where(s => !ReferenceEquals(s, subscription))];
        }
    }

    internal void CountDropped() => Interlocked.Increment(ref dropped);

    internal void HandlerFailed(Exception exception, ActivityEvent activity) => LogHandlerFailed(exception, activity.Kind);

    [LoggerMessage(Level = LogLevel.Warning, Message = "An activity subscriber failed on {Kind}; it stays subscribed.")]
    private partial void LogHandlerFailed(Exception exception, string kind);
}
