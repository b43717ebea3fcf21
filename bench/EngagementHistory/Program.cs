// The large engagement history and its benchmark (see BenchOptions for every option).
//   generate: dotnet run -c Release --project bench/EngagementHistory -- generate [--members 10000] [--events 5000000] [--output path.db] [--keep-raw]
//   bench:    dotnet run -c Release --project bench/EngagementHistory -- bench [--output path.db] [--runs 100] [--ingest-events 500000] [--producers 4] [--batch-size 5000]
//             (ingestion through the real pipeline and writer, then console queries on the history database built by 'generate')
//   segments: dotnet run -c Release --project bench/EngagementHistory -- segments --output copy.db [--runs 100]
//             (segment sizes, member ids and a filter on a copy of that history; the copy is migrated)
//   journeys: dotnet run -c Release --project bench/EngagementHistory -- journeys --output copy.db [--runs 5]
//             (every member of a copy of that history enters one journey at once; the engine moves them all; at most 5 runs)
//   announce: dotnet run -c Release --project bench/EngagementHistory -- announce --output copy.db [--runs 5]
//             (an announcement to every member of a copy of that history, send now to the last bell update)
using System.Globalization;
using System.Text.Json;
using EngagementBench;

var options = BenchOptions.Parse(args);
switch (options.Mode)
{
    case "generate":
        await HistoryGeneration.RunAsync(options);
        break;
    case "bench":
        await BenchAsync(options);
        break;
    case "segments":
        await SegmentBench.RunAsync(options);
        break;
    case "journeys":
        await JourneyBench.RunAsync(options);
        break;
    case "announce":
        await AnnounceBench.RunAsync(options);
        break;
    default:
        Console.Error.WriteLine($"Unknown mode '{options.Mode}': use 'generate', 'bench', 'segments', 'journeys' or 'announce'.");
        return 1;
}

return 0;

static async Task BenchAsync(BenchOptions options)
{
    const int IngestRuns = 5;
    var ingestion = new List<IngestionResult>();
    for (var run = 0; run < IngestRuns; run++)
    {
        ingestion.Add(await IngestionBench.RunOnceAsync(options, seed: run + 1));
        Console.WriteLine($"ingestion run {run + 1}: {ingestion[^1].EventsPerSecond:N0} events/s, {ingestion[^1].Dropped:N0} dropped");
    }

    var rates = ingestion.Select(r => r.EventsPerSecond).Order().ToList();
    Console.WriteLine();
    Console.WriteLine($"Ingestion: {options.IngestEvents:N0} signals from {options.Producers} producers through EngagementPipeline and EngagementWriter into SQLite, batches of {options.BatchSize?.ToString("N0", CultureInfo.InvariantCulture) ?? "the default BatchSize"}, {IngestRuns} runs");
    Console.WriteLine($"| median events/s | min | max | dropped (all runs) |");
    Console.WriteLine($"|---:|---:|---:|---:|");
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {rates[rates.Count / 2]:N0} | {rates[0]:N0} | {rates[^1]:N0} | {ingestion.Sum(r => r.Dropped):N0} |"));

    var queries = await QueryBench.RunAsync(options);
    Console.WriteLine();
    Console.WriteLine($"Console queries on {options.Output} ({options.Runs} runs each after 10 warm-up runs, a fresh scope each)");
    Console.WriteLine($"| {"query",-44} | {"p50 ms",7} | {"p95 ms",7} | {"rows",6} |");
    Console.WriteLine($"|{new string('-', 46)}|{new string('-', 9)}|{new string('-', 9)}|{new string('-', 8)}|");
    foreach (var row in queries)
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {row.Query,-44} | {row.P50Ms,7:0.00} | {row.P95Ms,7:0.00} | {row.Rows,6} |"));
    }

    var output = Path.Combine(BenchOptions.RepositoryRoot(), "bench", "results", "engagement-bench.json");
    Directory.CreateDirectory(Path.GetDirectoryName(output)!);
    var result = new { measuredAt = DateTimeOffset.UtcNow, options.IngestEvents, options.Producers, options.BatchSize, ingestion, queries, database = options.Output };
    await File.WriteAllTextAsync(output, JsonSerializer.Serialize(result, new JsonSerializerOptions { WriteIndented = true }));
    Console.WriteLine();
    Console.WriteLine($"JSON: {output}");
}
