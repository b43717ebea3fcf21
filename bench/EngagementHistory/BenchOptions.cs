using System.Globalization;

namespace EngagementBench;

/// <summary>The command line: the mode, then <c>--name value</c> pairs.</summary>
internal sealed record BenchOptions(string Mode, int Members, long Events, string Output, bool KeepRaw, int Runs, int IngestEvents, int Producers, int? BatchSize)
{
    public static BenchOptions Parse(string[] args)
    {
        string? Get(string name)
        {
            var i = Array.IndexOf(args, name);
            return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
        }

        int Number(string name, int fallback) => Get(name) is { } value ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;
        var mode = args.Length > 0 && !args[0].StartsWith("--", StringComparison.Ordinal) ? args[0] : "generate";
        return new BenchOptions(
            mode,
            Number("--members", 10_000),
            Get("--events") is { } events ? long.Parse(events, CultureInfo.InvariantCulture) : 5_000_000,
            Path.GetFullPath(Get("--output") ?? Path.Combine(RepositoryRoot(), "bench", "results", "engagement-history.db")),
            args.Contains("--keep-raw"),
            Number("--runs", 100),
            Number("--ingest-events", 500_000),
            Number("--producers", 4),
            Get("--batch-size") is { } batch ? int.Parse(batch, CultureInfo.InvariantCulture) : null);
    }

    public static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Portal.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? Directory.GetCurrentDirectory();
    }
}
