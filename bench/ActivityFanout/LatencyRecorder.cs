using System.Diagnostics;
using System.Globalization;

namespace ActivityFanout;

/// <summary>
/// Publish-to-receipt times of the bench messages. The sent time is a <see cref="Stopwatch"/> timestamp, which on Linux
/// is CLOCK_MONOTONIC: one clock for every process on the machine, so the clients may run in this process or another.
/// </summary>
internal sealed class LatencyRecorder(int expected)
{
    /// <summary>The data key carrying the sent time; warm-up messages do not have it.</summary>
    public const string SentAt = "benchSentAt";

    private readonly double[] latencies = new double[expected];
    private int received;

    public int Expected => expected;

    public void Record(string sentAt)
    {
        var latency = Stopwatch.GetElapsedTime(long.Parse(sentAt, CultureInfo.InvariantCulture)).TotalMilliseconds;
        var slot = Interlocked.Increment(ref received) - 1;
        if (slot < latencies.Length)
        {
            latencies[slot] = latency;
        }
    }

    /// <summary>Waits until every expected message has arrived, or the timeout; returns the latencies seen, sorted.</summary>
    public async Task<double[]> CollectAsync(TimeSpan timeout)
    {
        var waited = Stopwatch.StartNew();
        while (Volatile.Read(ref received) < expected && waited.Elapsed < timeout)
        {
            await Task.Delay(100);
        }

        var seen = latencies[..Math.Min(Volatile.Read(ref received), expected)];
        Array.Sort(seen);
        return seen;
    }
}
