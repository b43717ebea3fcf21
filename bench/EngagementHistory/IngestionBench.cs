using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Portal.Domain.Data;
using Portal.Domain.Engagement;
using Portal.Domain.Engagement.History;

namespace EngagementBench;

/// <summary>
/// Sustained ingestion through the real path: several producer tasks <see cref="EngagementPipeline.Offer"/> signals as
/// fast as the buffer takes them (pausing while it is more than half full, as a busy site's many requests would simply
/// keep coming), the real <see cref="EngagementWriter"/> enriches and writes them in batches to a fresh SQLite file.
/// </summary>
internal static class IngestionBench
{
    private const int Members = 1_000;

    private static readonly (string Kind, string Type, int Targets, double Share)[] Mix =
    [
        (EngagementKinds.PageViewed, "page", 30, 0.48),
        (EngagementKinds.ThreadViewed, "thread", 5_000, 0.25),
        (EngagementKinds.ArticleViewed, "article", 200, 0.08),
        (EngagementKinds.EventViewed, "event", 100, 0.05),
        (EngagementKinds.SignedIn, "member", 0, 0.06),
        (EngagementKinds.ReactionAdded, "thread", 5_000, 0.04),
        (EngagementKinds.PostCreated, "thread", 5_000, 0.02),
        (EngagementKinds.SearchPerformed, "search", 1, 0.02),
    ];

    public static async Task<IngestionResult> RunOnceAsync(BenchOptions options, int seed)
    {
        var path = Path.Combine(Path.GetTempPath(), "portal-bench", $"ingest-{Guid.NewGuid():N}.db");
        try
        {
            var settings = new Dictionary<string, string?>();
            if (options.BatchSize is { } batchSize)
            {
                settings["Portal:Engagement:BatchSize"] = batchSize.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            await using var services = await BenchServices.OpenAsync(path, settings);
            List<string> members;
            await using (var scope = services.CreateAsyncScope())
            {
                members = await SyntheticCommunity.AddMembersAsync(scope.ServiceProvider.GetRequiredService<PortalDbContext>(), Members, DateTimeOffset.UtcNow, new Random(seed), CancellationToken.None);
            }

            var signals = Signals(members, options.IngestEvents, new Random(seed));
            var pipeline = services.GetRequiredService<EngagementPipeline>();
            var capacity = services.GetRequiredService<Microsoft.Extensions.Options.IOptions<EngagementOptions>>().Value.BufferCapacity;
            var writer = services.GetServices<IHostedService>().OfType<EngagementWriter>().Single();
            await writer.StartAsync(CancellationToken.None);
            var started = Stopwatch.GetTimestamp();
            var share = (signals.Length + options.Producers - 1) / options.Producers;
            await Task.WhenAll(Enumerable.Range(0, options.Producers).Select(p => Task.Run(async () =>
            {
                for (var i = p * share; i < Math.Min(signals.Length, (p + 1) * share); i++)
                {
                    while (pipeline.Pending > capacity / 2)
                    {
                        await Task.Delay(1);
                    }

                    pipeline.Offer(signals[i]);
                }
            })));
            while (pipeline.Pending > 0)
            {
                await Task.Delay(5);
            }

            await writer.StopAsync(CancellationToken.None);
            var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
            await using var check = services.CreateAsyncScope();
            var stored = await check.ServiceProvider.GetRequiredService<PortalDbContext>().EngagementEvents.LongCountAsync();
            return new IngestionResult(stored / seconds, pipeline.Dropped, stored);
        }
        finally
        {
            BenchServices.Delete(path);
        }
    }

    private static EngagementSignal[] Signals(List<string> members, int count, Random random)
    {
        var visitors = Enumerable.Range(0, 5_000).Select(_ => Guid.NewGuid().ToString("N")).ToArray();
        var now = DateTimeOffset.UtcNow;
        var signals = new EngagementSignal[count];
        for (var i = 0; i < count; i++)
        {
            var pick = random.NextDouble();
            var (kind, type, targets, _) = Mix.First(m => (pick -= m.Share) <= 0 || m.Kind == Mix[^1].Kind);
            var member = random.NextDouble() < 0.6 ? members[random.Next(members.Count)] : null;
            var target = targets == 0 ? member ?? "none" : random.Next(1, targets + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            signals[i] = new EngagementSignal(kind, member, type, target, now.AddMilliseconds(i / 50.0), member is null ? visitors[random.Next(visitors.Length)] : null, (DeviceClass)random.Next(1, 4));
        }

        return signals;
    }
}
