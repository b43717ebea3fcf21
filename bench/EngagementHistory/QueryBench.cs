using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace EngagementBench;

/// <summary>p50 and p95 of every <see cref="ConsoleQueries"/> query on an existing history database, each in a fresh scope as a page would run it.</summary>
internal static class QueryBench
{
    private const int WarmUp = 10;

    public static async Task<List<QueryRow>> RunAsync(BenchOptions options)
    {
        if (!File.Exists(options.Output))
        {
            throw new FileNotFoundException($"No history database at {options.Output}: run the 'generate' mode first.");
        }

        await using var services = await BenchServices.OpenAsync(options.Output);
        var rows = new List<QueryRow>();
        foreach (var (name, run) in ConsoleQueries.All(services))
        {
            var count = 0;
            for (var i = 0; i < WarmUp; i++)
            {
                count = await RunInScopeAsync(services, run);
            }

            var samples = new double[options.Runs];
            for (var i = 0; i < options.Runs; i++)
            {
                var started = Stopwatch.GetTimestamp();
                await RunInScopeAsync(services, run);
                samples[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            }

            Array.Sort(samples);
            rows.Add(new QueryRow(name, Math.Round(samples[samples.Length / 2], 2), Math.Round(samples[(int)(samples.Length * 0.95)], 2), count));
        }

        return rows;
    }

    private static async Task<int> RunInScopeAsync(ServiceProvider services, Func<IServiceProvider, Task<int>> run)
    {
        await using var scope = services.CreateAsyncScope();
        return await run(scope.ServiceProvider);
    }
}
