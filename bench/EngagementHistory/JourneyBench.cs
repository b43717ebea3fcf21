using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Portal.Domain.Data;
using Portal.Domain.Engagement;
using Portal.Domain.Journeys;
using Portal.Domain.Messaging;
using Portal.Domain.Segments;

namespace EngagementBench;

/// <summary>
/// The journeys engine on a history database (a migrated copy of the one 'generate' built): every member enters one
/// journey at once (a message, a day's wait, a condition on their activity, a tag, an exit; 10% held out), and the
/// engine moves them all, through the real dispatcher with its guard rails, on a clock the bench steps past the wait.
/// </summary>
internal static class JourneyBench
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static async Task RunAsync(BenchOptions options)
    {
        if (!File.Exists(options.Output))
        {
            throw new FileNotFoundException($"No history database at {options.Output}: copy the one 'generate' built first.");
        }

        await using var services = await BenchServices.OpenAsync(options.Output);
        var runs = Math.Min(options.Runs, 5);
        var rows = new List<JourneyRun>();
        for (var run = 1; run <= runs; run++)
        {
            rows.Add(await RunOnceAsync(services));
            var last = rows[^1];
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"run {run}: {last.Entrants:N0} entered in {last.EnrolSeconds:0.00} s; {last.Steps:N0} member-steps in {last.AdvanceSeconds:0.00} s = {last.StepsPerSecond:N0}/s"));
        }

        var rates = rows.Select(r => r.StepsPerSecond).Order().ToList();
        var enrol = rows.Select(r => r.EnrolSeconds).Order().ToList();
        Console.WriteLine();
        Console.WriteLine($"Journeys on {options.Output}: {rows[0].Entrants:N0} members entering one journey at once, {runs} runs");
        Console.WriteLine("| | median | min | max |");
        Console.WriteLine("|---|--:|--:|--:|");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| member-steps per second (advance) | {rates[rates.Count / 2]:N0} | {rates[0]:N0} | {rates[^1]:N0} |"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| entering (poll, holdout draw, insert), s | {enrol[enrol.Count / 2]:0.00} | {enrol[0]:0.00} | {enrol[^1]:0.00} |"));
        var output = Path.Combine(BenchOptions.RepositoryRoot(), "bench", "results", "journeys-bench.json");
        Directory.CreateDirectory(Path.GetDirectoryName(output)!);
        await File.WriteAllTextAsync(output, JsonSerializer.Serialize(new { measuredAt = DateTimeOffset.UtcNow, database = options.Output, rows }, Indented));
        Console.WriteLine($"JSON: {output}");
    }

    private static async Task<JourneyRun> RunOnceAsync(ServiceProvider services)
    {
        var factory = services.GetRequiredService<IDbContextFactory<PortalDbContext>>();
        var calendar = services.GetRequiredService<EngagementCalendar>();
        var clock = new SteppingClock(DateTimeOffset.UtcNow);
        await ResetAsync(factory, clock.Now);
        var segments = new SegmentEvaluator(factory, calendar, clock);
        var entrants = new JourneyEntrants(factory, segments, calendar, clock);
        var steps = new JourneySteps(
            factory, new MessageDispatcher(factory, services.GetRequiredService<IOptions<MessagingOptions>>(), clock), segments,
            services.GetRequiredService<IOptions<JourneyOptions>>(), clock);
        var journeys = new JourneyService(factory, entrants, clock);
        var saved = await journeys.SaveAsync(null, new JourneyInput { Name = "Bench", HoldoutPercent = 10, Definition = Definition() });
        await journeys.StartAsync(saved.Value, "bench");
        await using (var db = await factory.CreateDbContextAsync())
        {
            // Everyone who ever joined counts as joining now: the whole community enters at once.
            await db.Journeys.ExecuteUpdateAsync(s => s.SetProperty(j => j.Watermark, DateTimeOffset.UnixEpoch));
        }

        var started = Stopwatch.GetTimestamp();
        var entered = await entrants.EnrolAsync(saved.Value);
        var enrolSeconds = Stopwatch.GetElapsedTime(started).TotalSeconds;

        started = Stopwatch.GetTimestamp();
        var ran = await steps.AdvanceAsync();
        clock.Now = clock.Now.AddHours(25);
        ran += await steps.AdvanceAsync();
        var advanceSeconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        return new JourneyRun(entered, enrolSeconds, ran, advanceSeconds, ran / advanceSeconds);
    }

    /// <summary>Message now; wait a day; active since entering? exit : tag them; exit.</summary>
    private static JourneyDefinition Definition() => new()
    {
        Trigger = new JourneyTrigger { Kind = JourneyTriggerKind.Joined },
        Steps =
        [
            new JourneyStep { Kind = JourneyStepKind.Action, Action = JourneyActionKind.InApp, Text = "Welcome back", TextZh = "欢迎回来" },
            new JourneyStep { Kind = JourneyStepKind.Wait, WaitHours = 24 },
            new JourneyStep { Kind = JourneyStepKind.Condition, Behaviour = JourneyBehaviours.Active, Then = 4 },
            new JourneyStep { Kind = JourneyStepKind.Action, Action = JourneyActionKind.AddTag, Tag = "bench" },
            new JourneyStep { Kind = JourneyStepKind.Exit },
        ],
    };

    /// <summary>No journey, journey message or tag from an earlier run; every member agreed to marketing messages (so they are queued, not refused).</summary>
    private static async Task ResetAsync(IDbContextFactory<PortalDbContext> factory, DateTimeOffset now)
    {
        await using var db = await factory.CreateDbContextAsync();
        await db.Journeys.ExecuteDeleteAsync();
        await db.MessageDeliveries.Where(d => d.SourceType == MessageSources.Journey).ExecuteDeleteAsync();
        await db.MemberTags.ExecuteDeleteAsync();
        var consented = now.AddYears(-1);
        await db.Users.ExecuteUpdateAsync(s => s.SetProperty(u => u.MarketingConsentAt, consented));
    }
}
