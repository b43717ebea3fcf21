// Live-activity fan-out: publish on the bus, receive on N SignalR clients; and what a live Blazor circuit costs the node.
// Usage: dotnet run -c Release --project bench/ActivityFanout [-- --clients 1000,5000 --messages 40 --circuits 150 --runs lean@second,json@second,msgpack@second,json@same]
using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection;
using Portal.Activity;
using Portal.Domain.Activity;

namespace ActivityFanout;

/// <summary>The entry point (not top-level statements: the Portal app it hosts already has a <c>Program</c>).</summary>
internal static class FanoutBench
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static async Task Main(string[] args)
    {
        if (args.Length > 0 && args[0] == ChildProcessFleet.ClientsCommand)
        {
            await ChildProcessFleet.RunChildAsync(args);
            return;
        }

        var clientCounts = Arg(args, "--clients", "1000,5000").Split(',').Select(c => int.Parse(c, CultureInfo.InvariantCulture)).ToArray();
        var messages = int.Parse(Arg(args, "--messages", "40"), CultureInfo.InvariantCulture);
        var circuits = int.Parse(Arg(args, "--circuits", "150"), CultureInfo.InvariantCulture);
        // kind@place: the SignalR .NET client (json, msgpack) or the lean one (lean), in this process (same) or a second one
        var runs = Arg(args, "--runs", "lean@second,json@second,msgpack@second,json@same").Split(',').Select(r => r.Split('@')).ToArray();

        await using var app = new BenchApp();
        var baseAddress = app.Start();
        var bus = app.Services.GetRequiredService<InMemoryActivityBus>();
        var hub = app.Services.GetRequiredService<IHubContext<ActivityHub, IActivityClient>>();

        var fanouts = new List<FanoutResult>();
        foreach (var run in runs)
        {
            foreach (var clients in clientCounts)
            {
                await using IClientFleet fleet = run[1] == "same"
                    ? await InProcessFleet.ConnectAsync(baseAddress, run[0], clients, messages)
                    : await ChildProcessFleet.ConnectAsync(baseAddress, run[0], clients, messages);
                fanouts.Add(await FanoutRun.RunAsync(fleet, run[0], clients, messages, bus, hub));
            }
        }

        var circuit = circuits > 0 ? await CircuitRun.RunAsync(baseAddress, bus, circuits) : null;

        Console.WriteLine($"Activity fan-out on {Environment.ProcessorCount} cores: publish on the in-memory bus → ActivityHub → hub clients on WebSockets, {FanoutRun.WarmUp} warm-up then {messages} measured messages 250 ms apart");
        Console.WriteLine();
        Console.WriteLine("| client | runs in | hub clients | connect s | p50 ms | p95 ms | p99 ms | max ms | missing | server write p50 ms | server write p99 ms |");
        Console.WriteLine("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var f in fanouts)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {f.Client} | {f.Where} | {f.HubClients:N0} | {f.ConnectSeconds:0.0} | {f.P50Ms:0.0} | {f.P95Ms:0.0} | {f.P99Ms:0.0} | {f.MaxMs:0.0} | {f.Missing} | {f.ServerWriteP50Ms:0.0} | {f.ServerWriteP99Ms:0.0} |"));
        }

        if (circuit is not null)
        {
            Console.WriteLine();
            Console.WriteLine("| live circuits (Chromium tabs on /) | bus subscriptions each | managed heap per circuit KiB | circuits per GiB of heap |");
            Console.WriteLine("|---:|---:|---:|---:|");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {circuit.Circuits} | {circuit.SubscriptionsPerCircuit:0.0} | {circuit.HeapKiBPerCircuit:0.0} | {1024 * 1024 / Math.Max(1, circuit.HeapKiBPerCircuit):N0} |"));
        }

        var root = FindRoot();
        var output = Path.Combine(root, "bench", "results", "activity-fanout.json");
        Directory.CreateDirectory(Path.GetDirectoryName(output)!);
        await File.WriteAllTextAsync(output, JsonSerializer.Serialize(new { measuredAt = DateTimeOffset.UtcNow, Environment.ProcessorCount, messages, fanouts, circuit }, Indented));
        Console.WriteLine();
        Console.WriteLine($"JSON: {output}");
    }

    private static string Arg(string[] args, string name, string fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
    }

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Portal.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? Directory.GetCurrentDirectory();
    }
}
