using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Activity;
using Portal.Domain.Announcements;
using Portal.Domain.Data;
using Portal.Domain.Messaging;
using Portal.Domain.Segments;

namespace EngagementBench;

/// <summary>
/// An announcement to every member of the history (10,000) with no holdout, sent as the console's "send now" does: schedule,
/// then the sender (segment evaluated, audience recorded, every message through the dispatcher's guard rails, then the
/// delivery: notifications written in batches, a bell update published per member). Timed from "send now" to the last bell
/// update received by a bus subscriber (standing in for the 10,000 bells). On a migrated copy; every member is given consent first, quiet hours are off (so
/// every message is due at once whatever the time of day) and the weekly cap is raised, so each run delivers to all.
/// </summary>
internal static class AnnounceBench
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static async Task RunAsync(BenchOptions options)
    {
        if (!File.Exists(options.Output))
        {
            throw new FileNotFoundException($"No history database at {options.Output}: copy the one 'generate' built first.");
        }

        await using var services = await BenchServices.OpenAsync(options.Output, new Dictionary<string, string?>
        {
            ["Portal:Messaging:QuietHoursStart"] = "00:00:00",
            ["Portal:Messaging:QuietHoursEnd"] = "00:00:00",
            ["Portal:Messaging:MaxPerWeek"] = "100",

            // One subscriber stands in for every member's bell, so its queue holds them all (each real bell has its own).
            ["Portal:Activity:SubscriberQueue"] = "20000",
        });
        var (operatorId, segmentId) = await PrepareAsync(services);
        var bells = 0;
        using var subscription = services.GetRequiredService<IActivityBus>().Subscribe(
            _ => { Interlocked.Increment(ref bells); return ValueTask.CompletedTask; },
            a => a.Kind == ActivityKinds.NotificationCreated);

        var runs = new List<AnnounceRun>();
        for (var run = 1; run <= options.Runs; run++)
        {
            Interlocked.Exchange(ref bells, 0);
            await using var scope = services.CreateAsyncScope();
            var announcements = scope.ServiceProvider.GetRequiredService<AnnouncementService>();
            var created = await announcements.CreateAsync(
                new AnnouncementInput(segmentId, $"Benchmark {run}", $"基准 {run}", "A message to **everyone**.", "发给**所有人**的消息。", "/events", MessageCategory.Community, false, 0),
                operatorId);
            var id = created.Value!.Id;

            var started = Stopwatch.GetTimestamp();
            var scheduled = await announcements.ScheduleAsync(id, null, operatorId);
            if (!scheduled.Succeeded)
            {
                throw new InvalidOperationException(string.Join(", ", scheduled.Problems.Select(p => p.Code)));
            }

            await scope.ServiceProvider.GetRequiredService<AnnouncementSender>().SendDueAsync();
            var sendMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            var audience = (await announcements.GetAsync(id))!.Audience;
            while (Volatile.Read(ref bells) < audience && Stopwatch.GetElapsedTime(started) < TimeSpan.FromMinutes(2))
            {
                await Task.Delay(5);
            }

            var bellsMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            var source = id.ToString(CultureInfo.InvariantCulture);
            await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
            var delivered = await db.MessageDeliveries.CountAsync(d => d.SourceType == MessageSources.Announcement && d.SourceId == source && d.Status == DeliveryStatus.Delivered);
            runs.Add(new AnnounceRun(run, audience, delivered, Volatile.Read(ref bells), sendMs, bellsMs));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"run {run}: {audience:N0} members, {delivered:N0} delivered, {bells:N0} bell updates, sent in {sendMs:N0} ms, last bell at {bellsMs:N0} ms"));
        }

        var times = runs.Select(r => r.BellsMs).Order().ToList();
        Console.WriteLine();
        Console.WriteLine($"Announcement to every member of {options.Output}, {options.Runs} runs (send now to the last bell update)");
        Console.WriteLine("| members | delivered (each run) | median s | min s | max s |");
        Console.WriteLine("|--:|--:|--:|--:|--:|");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {runs[0].Audience:N0} | {runs.Min(r => r.Delivered):N0} | {times[times.Count / 2] / 1000:0.00} | {times[0] / 1000:0.00} | {times[^1] / 1000:0.00} |"));
        var output = Path.Combine(BenchOptions.RepositoryRoot(), "bench", "results", "announce-bench.json");
        Directory.CreateDirectory(Path.GetDirectoryName(output)!);
        await File.WriteAllTextAsync(output, JsonSerializer.Serialize(new { measuredAt = DateTimeOffset.UtcNow, database = options.Output, runs }, Indented));
        Console.WriteLine($"JSON: {output}");
    }

    /// <summary>Consent for every member, an operator to send as, and a saved segment of everyone.</summary>
    private static async Task<(string OperatorId, int SegmentId)> PrepareAsync(ServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        var now = DateTimeOffset.UtcNow.AddYears(-1);
        await db.Users.Where(u => u.MarketingConsentAt == null).ExecuteUpdateAsync(s => s.SetProperty(u => u.MarketingConsentAt, now));
        var operatorId = await db.Users.OrderBy(u => u.Id).Select(u => u.Id).FirstAsync();
        var segments = scope.ServiceProvider.GetRequiredService<SegmentService>();
        var existing = (await segments.ListAsync(CancellationToken.None)).FirstOrDefault(s => s.Name == "Benchmark: everyone");
        var segment = existing ?? (await segments.CreateAsync(new SegmentInput("Benchmark: everyone", null, SegmentDefinition.Everyone), operatorId, CancellationToken.None)).Value!;
        return (operatorId, segment.Id);
    }
}
