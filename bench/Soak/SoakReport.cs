using System.Globalization;
using System.Text.Json;

namespace Soak;

/// <summary>The soak's table (a row per window, then the verdict) on the console, and the same as JSON under bench/results.</summary>
internal static class SoakReport
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static void PrintHeader()
    {
        Console.WriteLine();
        Console.WriteLine("| min | page views | page p50 ms | page p95 ms | 5xx | errors logged | other failures | replies | threads | reply p50 ms | registrations | event sign-ups | live connects | live messages | working set MB | heap MB | live heap MB | gen2 GCs |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    }

    public static void PrintRow(SoakSample s) => Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"| {s.Minute:0.0}{(s.WarmUp ? " (warm-up)" : "")} | {s.PageViews:N0} | {s.PageP50Ms:0.0} | {s.PageP95Ms:0.0} | {s.ServerErrors} | {s.ServerErrorsLogged} | {s.OtherFailures} | {s.Posts} | {s.Threads} | {s.PostP50Ms:0} | {s.Registrations} | {s.EventSignups} | {s.LiveConnects:N0} | {s.LiveMessages:N0} | {s.WorkingSetMb:0} | {s.HeapMb:0} | {s.LiveHeapMb:0.0} | {s.Gen2Collections} |"));

    public static async Task<string> WriteAsync(SoakSettings settings, SoakSummary summary, IReadOnlyList<SoakSample> samples, IReadOnlyCollection<string> failures, IReadOnlyCollection<string> errors)
    {
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Totals: {summary.PageViews:N0} page views, {summary.Posts} replies, {summary.Threads} threads, {summary.Registrations} registrations, {summary.EventSignups} event sign-ups, {summary.LiveConnects:N0} live connections, {summary.LiveMessages:N0} live messages received."));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Errors: {summary.ServerErrors} responses 5xx, {summary.ServerErrorsLogged} errors logged by the server, {summary.OtherFailures} other failures."));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Memory after warm-up: live heap {summary.LiveHeapAfterWarmUpMb:0.0} → {summary.LiveHeapAtEndMb:0.0} MB ({summary.LiveHeapGrowthPercent:+0.0;-0.0}%, slope {summary.LiveHeapSlopeMbPerMinute:+0.00;-0.00} MB/min; flat means at most +{SoakSummary.FlatLimitPercent}%), working set {summary.WorkingSetAfterWarmUpMb:0} → {summary.WorkingSetAtEndMb:0} MB."));
        foreach (var line in failures.Concat(errors))
        {
            Console.WriteLine($"  {line}");
        }

        Console.WriteLine(summary.Passed ? "PASSED: no 5xx, no server error, no failed journey, memory flat." : "FAILED: see above.");
        var output = Path.Combine(FindRoot(), "bench", "results", "soak.json");
        Directory.CreateDirectory(Path.GetDirectoryName(output)!);
        await File.WriteAllTextAsync(output, JsonSerializer.Serialize(
            new { measuredAt = DateTimeOffset.UtcNow, Environment.ProcessorCount, settings, summary, samples, failures, serverErrors = errors }, Indented));
        return output;
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
