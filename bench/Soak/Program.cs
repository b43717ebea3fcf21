// A mixed soak: the real app on Kestrel under readers, posters, new owners signing up and live hub clients at once.
// Usage: dotnet run -c Release --project bench/Soak [-- --minutes 10 --warmup 2 --visitors 16 --posters 4 --joiners 2 --live 300]
using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;

namespace Soak;

/// <summary>The entry point (not top-level statements: the Portal app it hosts already has a <c>Program</c>).</summary>
internal static class SoakBench
{
    public static async Task<int> Main(string[] args)
    {
        var settings = SoakSettings.From(args);
        await using var app = new SoakApp();
        var baseAddress = app.Start();
        var targets = await SoakTargets.LoadAsync(app.Services, settings.Posters);
        var tally = new SoakTally();
        await using var browser = await SoakBrowser.LaunchAsync(baseAddress, tally);
        var sampler = new MemorySampler(tally, app.Errors);
        Console.WriteLine(Invariant($"Soak on {Environment.ProcessorCount} cores for {settings.Minutes} min ({settings.WarmUpMinutes} warm-up): {settings.Visitors} visitors, {targets.Posters.Count} posters, {settings.Joiners} joining, {settings.LiveClients} live clients; {targets.Pages.Count} pages, {targets.Events.Count} events to join"));

        using var stop = new CancellationTokenSource(TimeSpan.FromMinutes(settings.Minutes));
        var started = Stopwatch.StartNew();
        var load = Task.WhenAll(
            Visitors.RunAsync(baseAddress, targets, tally, settings.Visitors, stop.Token),
            Posters.RunAsync(browser, targets, tally, stop.Token),
            Joiners.RunAsync(browser, targets, tally, settings.Joiners, stop.Token),
            LiveClients.RunAsync(baseAddress, tally, settings.LiveClients, stop.Token));

        var samples = new List<SoakSample>();
        SoakReport.PrintHeader();
        for (var window = 1; window * settings.IntervalSeconds <= settings.Minutes * 60 + 0.5; window++)
        {
            var due = TimeSpan.FromSeconds(window * settings.IntervalSeconds) - started.Elapsed;
            if (due > TimeSpan.Zero)
            {
                await Task.Delay(due);
            }

            var sample = sampler.Sample(started.Elapsed, warmUp: started.Elapsed.TotalMinutes <= settings.WarmUpMinutes + 0.01);
            samples.Add(sample);
            SoakReport.PrintRow(sample);
        }

        await stop.CancelAsync();
        await load.WaitAsync(TimeSpan.FromMinutes(2));
        var summary = SoakSummary.From(samples);
        var output = await SoakReport.WriteAsync(settings, summary, samples, tally.Failures, app.Errors.First);
        Console.WriteLine();
        Console.WriteLine($"JSON: {output}");
        return summary.Passed ? 0 : 1;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
