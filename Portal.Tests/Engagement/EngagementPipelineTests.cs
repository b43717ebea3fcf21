using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Portal.Domain.Engagement;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Engagement;

/// <summary>The buffer and the batch writer: by size, by time, on shutdown, dropping (and counting) when full, never waiting.</summary>
public sealed class EngagementPipelineTests
{
    [Fact]
    public async Task A_full_batch_is_written_at_once_and_the_rest_when_the_flush_interval_passes()
    {
        await using var database = await CreateAsync(batchSize: 10, flush: TimeSpan.FromSeconds(30));
        var writer = Writer(database);
        await writer.StartAsync(CancellationToken.None);
        Offer(database, 25);

        await Eventually.TrueAsync(async () => await StoredAsync(database) == 20, "two full batches written");
        Assert.Equal(20, await StoredAsync(database));

        database.Clock.Advance(TimeSpan.FromSeconds(30));
        await Eventually.TrueAsync(async () => await StoredAsync(database) == 25, "the last five written when the interval passed");
        await writer.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task Stopping_the_host_writes_what_is_still_buffered()
    {
        await using var database = await CreateAsync(batchSize: 1000, flush: TimeSpan.FromSeconds(50));
        var writer = Writer(database);
        await writer.StartAsync(CancellationToken.None);
        Offer(database, 7);

        await writer.StopAsync(CancellationToken.None);

        Assert.Equal(7, await StoredAsync(database));
        Assert.Equal(0, database.Get<EngagementPipeline>().Pending);
    }

    [Fact]
    public async Task A_full_buffer_drops_without_waiting_and_the_drops_are_stored_as_a_count()
    {
        await using var database = await CreateAsync(batchSize: 1000, flush: TimeSpan.FromSeconds(50), capacity: 100);
        var pipeline = database.Get<EngagementPipeline>();

        var accepted = Enumerable.Range(0, 150).Count(i => pipeline.Offer(Signal(i)));

        Assert.Equal(100, accepted);
        Assert.Equal(50, pipeline.Dropped);
        var writer = Writer(database);
        await writer.StartAsync(CancellationToken.None);
        await writer.StopAsync(CancellationToken.None);
        await using var db = database.CreateDbContext();
        Assert.Equal(100, await db.EngagementEvents.CountAsync());
        Assert.Equal(50, await db.EngagementRollups.Where(r => r.Metric == "engagement.dropped").SumAsync(r => r.Count));
    }

    [Fact]
    public async Task Drops_written_without_any_event_count_on_the_day_they_were_lost()
    {
        await using var database = await CreateAsync(batchSize: 1000, flush: TimeSpan.FromSeconds(50));
        var today = database.Get<EngagementCalendar>().DayOf(database.Clock.GetUtcNow());

        await using (var scope = database.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IEngagementStore>().WriteAsync([], 12, CancellationToken.None);
        }

        await using var db = database.CreateDbContext();
        var dropped = await db.EngagementRollups.Where(r => r.Metric == EngagementKinds.Dropped).SingleAsync();
        Assert.Equal((RollupGrain.Day, (long)today, 12L), (dropped.Grain, dropped.Period, dropped.Count));
    }

    [Fact]
    public async Task A_visitor_who_asked_not_to_be_tracked_is_not_recorded_and_others_get_their_visitor_id_and_device()
    {
        await using var database = await CreateAsync(batchSize: 1000, flush: TimeSpan.FromSeconds(50));
        var pipeline = database.Get<EngagementPipeline>();
        await using (var scope = database.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<EngagementVisitorContext>().Current = new EngagementVisitor(null, DeviceClass.Unknown, Suppressed: true);
            scope.ServiceProvider.GetRequiredService<IEngagementRecorder>().Record(Signal(1));
        }

        Assert.Equal(0, pipeline.Pending);

        await using (var scope = database.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<EngagementVisitorContext>().Current = new EngagementVisitor("visitor-abc", DeviceClass.Phone, Suppressed: false);
            var recorder = scope.ServiceProvider.GetRequiredService<IEngagementRecorder>();
            recorder.Record(Signal(2) with { VisitorId = null });
            recorder.Record(Signal(3) with { MemberId = "member-1", VisitorId = null });
        }

        Assert.True(pipeline.Reader.TryRead(out var anonymous));
        Assert.True(pipeline.Reader.TryRead(out var member));
        Assert.Equal(("visitor-abc", DeviceClass.Phone), (anonymous!.VisitorId, anonymous.Device));
        Assert.Equal((null, DeviceClass.Phone), (member!.VisitorId, member.Device));
    }

    [Theory]
    [InlineData("Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)", true, DeviceClass.Unknown)]
    [InlineData("Mozilla/5.0 (compatible; Baiduspider/2.0; +http://www.baidu.com/search/spider.html)", true, DeviceClass.Unknown)]
    [InlineData("curl/8.5.0", true, DeviceClass.Unknown)]
    [InlineData("", true, DeviceClass.Unknown)]
    [InlineData("Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1", false, DeviceClass.Phone)]
    [InlineData("Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Mobile Safari/537.36", false, DeviceClass.Phone)]
    [InlineData("Mozilla/5.0 (iPad; CPU OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/604.1", false, DeviceClass.Tablet)]
    [InlineData("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36", false, DeviceClass.Desktop)]
    public void User_agents_are_classified_and_never_kept(string userAgent, bool crawler, DeviceClass device)
    {
        Assert.Equal(crawler, UserAgents.IsCrawler(userAgent));
        if (!crawler)
        {
            Assert.Equal(device, UserAgents.DeviceOf(userAgent));
        }
    }

    [Fact]
    public async Task Stored_events_carry_the_segment_but_no_personal_data()
    {
        await using var database = await CreateAsync(batchSize: 1000, flush: TimeSpan.FromSeconds(50));
        var member = await database.CreateMemberAsync("王伟 Private Name");
        await using (var db = database.CreateDbContext())
        {
            var user = await db.Users.SingleAsync(u => u.Id == member);
            user.City = " Shanghai ";
            await db.SaveChangesAsync();
        }

        await database.InsertVehicleAsync(member, vin: null, verified: true, modelId: 2);
        var writer = Writer(database);
        await writer.StartAsync(CancellationToken.None);
        database.Get<EngagementPipeline>().Offer(Signal(1) with { MemberId = member, Device = DeviceClass.Desktop });
        await writer.StopAsync(CancellationToken.None);

        await using var read = database.CreateDbContext();
        var stored = await read.EngagementEvents.SingleAsync();
        Assert.Equal(("2", true, "Shanghai", 0, LifecycleStage.New), (stored.Models, stored.Verified, stored.Region, stored.AccountAgeDays, stored.Stage));
        var email = await read.Users.Where(u => u.Id == member).Select(u => u.Email).SingleAsync();
        string?[] columns = [stored.Kind, stored.MemberId, stored.VisitorId, stored.TargetType, stored.TargetId, stored.Models, stored.Region];
        Assert.DoesNotContain(columns, c => c is not null && (c.Contains(email!, StringComparison.OrdinalIgnoreCase) || c.Contains("Private", StringComparison.Ordinal) || c.Contains("王伟", StringComparison.Ordinal)));
        var profile = await read.EngagementProfiles.SingleAsync(p => p.MemberId == member);
        Assert.Equal((stored.At, stored.At, LifecycleStage.New), (profile.FirstSeenAt, profile.LastActiveAt, profile.Stage));
    }

    private static Task<TestDatabase> CreateAsync(int batchSize, TimeSpan flush, int capacity = 10_000) =>
        TestDatabase.CreateAsync(services => services.Configure<EngagementOptions>(o =>
        {
            o.BatchSize = batchSize;
            o.FlushInterval = flush;
            o.BufferCapacity = capacity;
        }));

    private static EngagementWriter Writer(TestDatabase database) => database.Services.GetServices<IHostedService>().OfType<EngagementWriter>().Single();

    private static void Offer(TestDatabase database, int count)
    {
        var pipeline = database.Get<EngagementPipeline>();
        for (var i = 0; i < count; i++)
        {
            Assert.True(pipeline.Offer(Signal(i)));
        }
    }

    private static EngagementSignal Signal(int i) =>
        new(EngagementKinds.ThreadViewed, null, "thread", (i % 3).ToString(System.Globalization.CultureInfo.InvariantCulture), TestDatabase.Start, VisitorId: $"v{i % 4}");

    private static async Task<int> StoredAsync(TestDatabase database)
    {
        await using var db = database.CreateDbContext();
        return await db.EngagementEvents.CountAsync();
    }
}
