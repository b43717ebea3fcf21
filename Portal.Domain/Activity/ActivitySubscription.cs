using System.Threading.Channels;

namespace Portal.Domain.Activity;

/// <summary>One subscriber: its own bounded queue (oldest items dropped when full) and one loop that calls its handler.</summary>
internal sealed class ActivitySubscription : IDisposable
{
    private readonly InMemoryActivityBus bus;
    private readonly Func<ActivityEvent, ValueTask> handler;
    private readonly Func<ActivityEvent, bool>? filter;
    private readonly Channel<ActivityEvent> queue;
    private int disposed;

    public ActivitySubscription(InMemoryActivityBus bus, Func<ActivityEvent, ValueTask> handler, Func<ActivityEvent, bool>? filter, int capacity)
    {
        this.bus = bus;
        this.handler = handler;
        this.filter = filter;
        queue = Channel.CreateBounded<ActivityEvent>(
            new BoundedChannelOptions(capacity) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true },
            _ => bus.CountDropped());
    }

    public void Start() => _ = Task.Run(PumpAsync);

    /// <summary>Runs on the publisher's thread: the filter must be cheap, and a failing filter only skips this subscriber.</summary>
    public void Offer(ActivityEvent activity)
    {
        try
        {
            if (filter is null || filter(activity))
            {
                queue.Writer.TryWrite(activity);
            }
        }
#pragma warning disable CA1031 // A subscriber's broken filter must not fail the publisher or the other subscribers.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            bus.HandlerFailed(exception, activity);
        }
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 0)
        {
            bus.Remove(this);
            queue.Writer.TryComplete();
        }
    }

    private async Task PumpAsync()
    {
        await foreach (var activity in queue.Reader.ReadAllAsync())
        {
            if (Volatile.Read(ref disposed) == 1)
            {
                return;
            }

            try
            {
                await handler(activity);
            }
#pragma warning disable CA1031 // One failed delivery (a closed circuit, say) must not end the subscription.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                bus.HandlerFailed(exception, activity);
            }
        }
    }
}
