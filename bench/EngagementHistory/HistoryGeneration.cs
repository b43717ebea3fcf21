using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Data;
using Portal.Domain.Engagement.History;

namespace EngagementBench;

/// <summary>
/// Builds a database of <see cref="BenchOptions.Members"/> synthetic owners and about <see cref="BenchOptions.Events"/>
/// engagement events over the last year, through the same generator and store the demo seed uses.
/// </summary>
internal static class HistoryGeneration
{
    public const int Days = 365;

    /// <summary>Bulk-load batches: larger than the live writer's, so each rollup row is touched less often.</summary>
    public const int BatchSize = 100_000;

    public static async Task RunAsync(BenchOptions options)
    {
        BenchServices.Delete(options.Output);
        var settings = new Dictionary<string, string?>();
        if (options.KeepRaw)
        {
            settings["Portal:Engagement:RetentionDays"] = "400";
        }

        await using var services = await BenchServices.OpenAsync(options.Output, settings);
        await using var scope = services.CreateAsyncScope();
        var random = new Random(2026);
        var now = DateTimeOffset.UtcNow;
        var started = Stopwatch.GetTimestamp();
        var members = await SyntheticCommunity.AddMembersAsync(scope.ServiceProvider.GetRequiredService<PortalDbContext>(), options.Members, now, random, CancellationToken.None);
        var membersSeconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        Console.WriteLine($"{options.Members:N0} members with cars inserted in {membersSeconds:0.0} s");

        started = Stopwatch.GetTimestamp();
        var content = SyntheticCommunity.Content(members, options.Events, Days, now, random);
        var plan = new HistoryPlan(Days, now, options.Events, BatchSize);
        var written = await scope.ServiceProvider.GetRequiredService<EngagementHistory>().WriteAsync(content, plan, random, CancellationToken.None);
        var historySeconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        Console.WriteLine($"{written:N0} events over {Days} days written through the store (and {plan.LifecycleWeeks} lifecycle snapshots) in {historySeconds:0.0} s: {written / historySeconds:N0} events/s");
        Console.WriteLine($"Raw events kept: {(options.KeepRaw ? "all" : "the last 90 days (RetentionDays)")}; database {options.Output} ({new FileInfo(options.Output).Length / 1_048_576.0:N0} MB)");
    }
}
