// Forum read paths on a real SQLite file: page 1 vs page N of a 2,000-post thread, and the thread list sorts.
// Usage: dotnet run -c Release --project bench/ForumPaging [-- --posts 2000 --threads 5000 --runs 200]
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using ForumPaging;

var options = BenchOptions.Parse(args);
await using var world = await BenchWorld.CreateAsync(options);
var rows = new List<BenchRow>();

var lastPage = (options.Posts + 19) / 20;
foreach (var page in new[] { 1, lastPage / 2, lastPage })
{
    rows.Add(await Measure($"thread page {page} of {lastPage}", options.Runs, () => world.ThreadPageAsync(page)));
}

foreach (var sort in Enum.GetValues<Portal.Domain.Forums.ThreadSort>())
{
    rows.Add(await Measure($"thread list: {sort.ToString().ToLowerInvariant()}, page 1", options.Runs, () => world.ThreadListAsync(sort, 1)));
    rows.Add(await Measure($"thread list: {sort.ToString().ToLowerInvariant()}, page 40", options.Runs, () => world.ThreadListAsync(sort, 40)));
}

rows.Add(await Measure("board list", options.Runs, world.BoardListAsync));

Console.WriteLine($"Forum read paths: {options.Posts:N0}-post thread, {options.Threads:N0} threads on one board, {options.Runs} runs each after 20 warm-up runs (SQLite, one file)");
Console.WriteLine();
Console.WriteLine($"| {"path",-34} | {"median ms",9} | {"p95 ms",7} | {"vs first row",12} |");
Console.WriteLine($"|{new string('-', 36)}|{new string('-', 11)}|{new string('-', 9)}|{new string('-', 14)}|");
foreach (var row in rows)
{
    Console.WriteLine($"| {row.Path,-34} | {row.MedianMs,9:0.00} | {row.P95Ms,7:0.00} | {row.MedianMs / rows[0].MedianMs,11:0.00}x |");
}

var output = Path.Combine(BenchOptions.RepositoryRoot(), "bench", "results", "forum-paging.json");
Directory.CreateDirectory(Path.GetDirectoryName(output)!);
await File.WriteAllTextAsync(output, JsonSerializer.Serialize(new { options.Posts, options.Threads, options.Runs, measuredAt = DateTimeOffset.UtcNow, rows }, new JsonSerializerOptions { WriteIndented = true }));
Console.WriteLine();
Console.WriteLine($"JSON: {output}");

static async Task<BenchRow> Measure(string path, int runs, Func<Task> action)
{
    for (var i = 0; i < 20; i++)
    {
        await action();
    }

    var samples = new double[runs];
    for (var i = 0; i < runs; i++)
    {
        var started = Stopwatch.GetTimestamp();
        await action();
        samples[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
    }

    Array.Sort(samples);
    return new BenchRow(path, Math.Round(samples[runs / 2], 3), Math.Round(samples[(int)(runs * 0.95)], 3));
}
