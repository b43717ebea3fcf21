using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using Portal.Activity;
using Portal.Domain.Activity;
using ActivityEvent = Portal.Domain.Activity.ActivityEvent;

namespace ActivityFanout;

/// <summary>
/// Connects <c>clients</c> SignalR clients (WebSockets) to the hub, publishes <c>messages</c> ticker activities on the bus
/// one every <c>gap</c>, and measures publish-to-receipt time for every client and message.
/// </summary>
internal static class FanoutRun
{
    public const string SentAt = "benchSentAt";

    public static async Task<FanoutResult> RunAsync(Uri baseAddress, IActivityBus bus, IHubContext<ActivityHub, IActivityClient> hub, int clients, int messages, TimeSpan gap, bool messagePack)
    {
        var latencies = new ConcurrentBag<double>();
        var received = new int[clients];
        var connections = new HubConnection[clients];
        var connected = Stopwatch.StartNew();
        using (var gate = new SemaphoreSlim(64))
        {
            await Task.WhenAll(Enumerable.Range(0, clients).Select(async i =>
            {
                await gate.WaitAsync();
                try
                {
                    var builder = new HubConnectionBuilder()
                        .WithUrl(new Uri(baseAddress, ActivityHub.Path), o =>
                        {
                            o.Transports = HttpTransportType.WebSockets;
                            o.SkipNegotiation = true;
                        });
                    var connection = (messagePack ? builder.AddMessagePackProtocol() : builder).Build();
                    connection.On<ActivityMessage>(nameof(IActivityClient.Activity), message =>
                    {
                        if (message.Data?.TryGetValue(SentAt, out var sent) == true)
                        {
                            latencies.Add(Stopwatch.GetElapsedTime(long.Parse(sent, CultureInfo.InvariantCulture)).TotalMilliseconds);
                            Interlocked.Increment(ref received[i]);
                        }
                    });
                    await connection.StartAsync();
                    connections[i] = connection;
                }
                finally
                {
                    gate.Release();
                }
            }));
        }

        var connectSeconds = connected.Elapsed.TotalSeconds;
        await Task.Delay(TimeSpan.FromSeconds(3)); // let the presence beat settle
        for (var m = 0; m < messages; m++)
        {
            var data = new Dictionary<string, string>(StringComparer.Ordinal) { [SentAt] = Stopwatch.GetTimestamp().ToString(CultureInfo.InvariantCulture) };
            await bus.PublishAsync(new ActivityEvent(ActivityKinds.PostCreated, "bench", "Bench", new ActivityTarget(ActivityTarget.Thread, "0", "Bench thread", "/"), ActivityAudience.Everyone, DateTimeOffset.UtcNow, data));
            await Task.Delay(gap);
        }

        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (received.Sum() < clients * messages && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }

        var missing = (clients * messages) - received.Sum();

        // The server's half alone: how long one group send takes to write the message into every connection.
        var writes = new List<double>(messages);
        for (var m = 0; m < messages; m++)
        {
            var started = Stopwatch.GetTimestamp();
            await hub.Clients.Group(ActivityGroups.Community).Activity(new ActivityMessage(ActivityKinds.PostCreated, "bench", "Bench", ActivityTarget.Thread, "0", "Bench thread", "/", DateTimeOffset.UtcNow, null));
            writes.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            await Task.Delay(gap);
        }

        await Task.WhenAll(connections.Select(c => c.DisposeAsync().AsTask()));
        writes.Sort();
        var sorted = latencies.Order().ToArray();
        return new FanoutResult(messagePack ? "MessagePack" : "JSON", clients, messages, connectSeconds, Percentile(sorted, 0.50), Percentile(sorted, 0.95), Percentile(sorted, 0.99), sorted.Length > 0 ? sorted[^1] : 0, missing, Percentile([.. writes], 0.50), Percentile([.. writes], 0.99));
    }

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? double.NaN : Math.Round(sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)], 1);
}
