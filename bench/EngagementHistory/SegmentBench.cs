using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Engagement;
using Portal.Domain.Segments;

namespace EngagementBench;

/// <summary>
/// The segment evaluator on a history database (a migrated copy of the one 'generate' built): size, member ids and a
/// journey-sized filter of a few segments, each call in a fresh scope as a page or the journeys engine would make it.
/// </summary>
internal static class SegmentBench
{
    private const int WarmUp = 10;

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    private static readonly (string Name, SegmentDefinition Definition)[] Segments =
    [
        ("five conditions: Nova, 上海, at risk, replied in 90 d, no notification opened in 30 d", SegmentDefinition.AllOf(
            new OwnsModelCondition(1), new RegionCondition("上海"), new StageCondition(LifecycleStage.AtRisk),
            new ActivityCondition(SegmentActivity.Replied, 90), new ActivityCondition(SegmentActivity.OpenedNotification, 30) { Not = true })),
        ("five behaviours with counts in an OR group", new SegmentDefinition(new SegmentGroup(SegmentMatch.Any,
        [
            new ActivityCondition(SegmentActivity.Replied, 30, 3), new ActivityCondition(SegmentActivity.Reacted, 30, 5),
            new ActivityCondition(SegmentActivity.Posted, 90), new ActivityCondition(SegmentActivity.OpenedNotification, 14, 2),
            new EventCondition(EventParticipation.SignedUp, 90),
        ]))),
        ("joined 30+ days ago, not dormant (most members)", SegmentDefinition.AllOf(
            new AccountAgeCondition(30, null), new StageCondition(LifecycleStage.Dormant) { Not = true })),
    ];

    public static async Task RunAsync(BenchOptions options)
    {
        if (!File.Exists(options.Output))
        {
            throw new FileNotFoundException($"No history database at {options.Output}: copy the one 'generate' built first.");
        }

        await using var services = await BenchServices.OpenAsync(options.Output);
        var some = (await InScopeAsync(services, e => e.MemberIdsAsync(SegmentDefinition.Everyone, CancellationToken.None))).Where((_, i) => i % 5 == 0).Take(2000).ToList();
        var rows = new List<SegmentRow>();
        foreach (var (name, definition) in Segments)
        {
            rows.Add(await TimeAsync(services, options.Runs, $"{name}: size", async e => await e.CountAsync(definition, CancellationToken.None)));
            rows.Add(await TimeAsync(services, options.Runs, $"{name}: member ids", async e => (await e.MemberIdsAsync(definition, CancellationToken.None)).Count));
        }

        rows.Add(await TimeAsync(services, options.Runs, $"{Segments[0].Name}: filter {some.Count:N0} members", async e => (await e.FilterAsync(Segments[0].Definition, some, CancellationToken.None)).Count));

        Console.WriteLine($"Segments on {options.Output} ({options.Runs} runs each after {WarmUp} warm-up runs, a fresh scope each)");
        Console.WriteLine("| segment: call | p50 ms | p95 ms | min–max ms | members |");
        Console.WriteLine("|---|--:|--:|--:|--:|");
        foreach (var row in rows)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {row.Query} | {row.P50Ms:0.0} | {row.P95Ms:0.0} | {row.MinMs:0.0}–{row.MaxMs:0.0} | {row.Members:N0} |"));
        }

        var output = Path.Combine(BenchOptions.RepositoryRoot(), "bench", "results", "segments-bench.json");
        Directory.CreateDirectory(Path.GetDirectoryName(output)!);
        await File.WriteAllTextAsync(output, JsonSerializer.Serialize(new { measuredAt = DateTimeOffset.UtcNow, options.Runs, database = options.Output, rows }, Indented));
        Console.WriteLine($"JSON: {output}");
    }

    private static async Task<SegmentRow> TimeAsync(ServiceProvider services, int runs, string name, Func<SegmentEvaluator, Task<int>> call)
    {
        var members = 0;
        for (var i = 0; i < WarmUp; i++)
        {
            members = await InScopeAsync(services, call);
        }

        var samples = new double[runs];
        for (var i = 0; i < runs; i++)
        {
            var started = Stopwatch.GetTimestamp();
            await InScopeAsync(services, call);
            samples[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        }

        Array.Sort(samples);
        return new SegmentRow(name, samples[runs / 2], samples[(int)(runs * 0.95)], samples[0], samples[^1], members);
    }

    private static async Task<T> InScopeAsync<T>(ServiceProvider services, Func<SegmentEvaluator, Task<T>> call)
    {
        await using var scope = services.CreateAsyncScope();
        return await call(scope.ServiceProvider.GetRequiredService<SegmentEvaluator>());
    }
}
