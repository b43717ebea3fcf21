using System.Threading.Channels;
using Microsoft.Extensions.Options;

namespace Portal.Domain.Engagement;

/// <summary>
/// The bounded buffer between every feature and <see cref="EngagementWriter"/>. Offering never waits and never throws:
/// when the buffer is full the signal is dropped and counted, and the writer stores the count with its next batch.
/// </summary>
public sealed class EngagementPipeline(IOptions<EngagementOptions> options)
{
    private readonly Channel<EngagementSignal> channel = Channel.CreateBounded<EngagementSignal>(
        new BoundedChannelOptions(options.Value.BufferCapacity) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });

    private long dropped;

    /// <summary>Signals dropped because the buffer was full, since the process started.</summary>
    public long Dropped => Interlocked.Read(ref dropped);

    /// <summary>Signals waiting in the buffer.</summary>
    public int Pending => channel.Reader.Count;

    internal ChannelReader<EngagementSignal> Reader => channel.Reader;

    public bool Offer(EngagementSignal signal)
    {
        if (channel.Writer.TryWrite(signal))
        {
            return true;
        }

        Interlocked.Increment(ref dropped);
        return false;
    }
}
