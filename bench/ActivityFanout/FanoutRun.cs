using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.SignalR;
using Portal.Activity;
using Portal.Domain.Activity;
using ActivityEvent = Portal.Domain.Activity.ActivityEvent;

namespace ActivityFanout;

/// <summary>
/// With a fleet of connected hub clients, publishes ticker activities on the bus one every <c>gap</c> and measures
/// publish-to-receipt time for every client and message; then the server's group write alone.
/// </summary>
internal static class FanoutRun
{
    /// <summary>Messages sent first and not measured: the JIT and the thread pool settle, as in a node that has run a while.</summary>
    public const int WarmUp = 10;

    public static async Task<FanoutResult> RunAsync(IClientFleet fleet, string kind, int clients, int messages, IActivityBus bus, IHubContext<ActivityHub, IActivityClient> hub)
    {
        var gap = TimeSpan.FromMilliseconds(250);
        await Task.Delay(TimeSpan.FromSeconds(3)); // let the presence beat settle
        for (var m = -WarmUp; m < messages; m++)
        {
            var sentAt = Stopwatch.GetTimestamp().ToString(CultureInfo.InvariantCulture);
            var data = new Dictionary<string, string>(StringComparer.Ordinal) { [m < 0 ? "warmUp" : LatencyRecorder.SentAt] = sentAt };
            await bus.PublishAsync(new ActivityEvent(ActivityKinds.PostCreated, "bench", "Bench", new ActivityTarget(ActivityTarget.Thread, "0", "Bench thread", "/"), ActivityAudience.Everyone, DateTimeOffset.UtcNow, data));
            await Task.Delay(gap);
        }

        var (sorted, missing) = await fleet.CollectAsync(TimeSpan.FromSeconds(10));

        // The server's half alone: how long one group send takes to write the message into every connection.
        var writes = new List<double>(messages);
        for (var m = 0; m < messages; m++)
        {
            var started = Stopwatch.GetTimestamp();
            await hub.Clients.Group(ActivityGroups.Community).Activity(new ActivityMessage(ActivityKinds.PostCreated, "bench", "Bench", ActivityTarget.Thread, "0", "Bench thread", "/", DateTimeOffset.UtcNow, null));
            writes.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            await Task.Delay(gap);
        }

        writes.Sort();
        return new FanoutResult(
            ClientSet.Describe(kind), fleet.Where, clients, messages, fleet.ConnectTime.TotalSeconds,
            Percentile(sorted, 0.50), Percentile(sorted, 0.95), Percentile(sorted, 0.99), sorted.Length > 0 ? sorted[^1] : 0, missing,
            Percentile([.. writes], 0.50), Percentile([.. writes], 0.99));
    }

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? double.NaN : Math.Round(sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)], 1);
}
