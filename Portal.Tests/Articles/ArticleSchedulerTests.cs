using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Portal.Domain.Articles;
using Portal.Domain.Jobs;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Articles;

/// <summary>
/// Scheduled publishing on a fake clock: nothing before its time, each article exactly once (also across a restart and
/// with two schedulers racing), with the go-live side effects for what was published.
/// </summary>
public sealed class ArticleSchedulerTests : IAsyncLifetime
{
    private PublishingWorld world = default!;

    public async Task InitializeAsync() => world = await PublishingWorld.CreateAsync();

    public async Task DisposeAsync() => await world.DisposeAsync();

    [Fact]
    public async Task A_scheduled_article_goes_live_at_its_time_once_and_a_restart_does_not_publish_it_again()
    {
        var clock = world.Database.Clock;
        var id = await world.CreateAsync(PublishingWorld.Draft(modelIds: 1));
        var at = clock.GetUtcNow().AddHours(2);
        Assert.True((await world.Studio.ScheduleAsync(world.EditorId, id, at)).Succeeded);

        clock.Advance(TimeSpan.FromHours(2) - TimeSpan.FromSeconds(1));
        Assert.Equal(0, await world.Scheduler.PublishDueAsync());
        Assert.Equal(ArticleStatus.Scheduled, (await LoadAsync(id)).Status);

        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(1, await world.Scheduler.PublishDueAsync());
        Assert.Equal(0, await world.Scheduler.PublishDueAsync());

        // A restart: a new scope, a new scheduler, a later tick.
        clock.Advance(TimeSpan.FromMinutes(5));
        await using (var scope = world.Database.Services.CreateAsyncScope())
        {
            Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<ArticleScheduler>().PublishDueAsync());
        }

        var state = await LoadAsync(id);
        Assert.Equal(ArticleStatus.Published, state.Status);
        Assert.Equal(at, state.PublishedAt);
        Assert.Null(state.ScheduledFor);
        Assert.NotNull(state.ThreadId);
        await using var db = world.Database.CreateDbContext();
        Assert.Equal(1, await db.Threads.CountAsync());
    }

    [Fact]
    public async Task Two_schedulers_racing_publish_each_due_article_once()
    {
        var ids = new List<int>();
        for (var i = 0; i < 6; i++)
        {
            var id = await world.CreateAsync(PublishingWorld.Draft($"Scheduled story {i}"));
            Assert.True((await world.Studio.ScheduleAsync(world.EditorId, id, world.Database.Clock.GetUtcNow().AddMinutes(10 + i))).Succeeded);
            ids.Add(id);
        }

        world.Database.Clock.Advance(TimeSpan.FromHours(1));
        await using var first = world.Database.Services.CreateAsyncScope();
        await using var second = world.Database.Services.CreateAsyncScope();
        var counts = await Task.WhenAll(
            Task.Run(() => first.ServiceProvider.GetRequiredService<ArticleScheduler>().PublishDueAsync()),
            Task.Run(() => second.ServiceProvider.GetRequiredService<ArticleScheduler>().PublishDueAsync()));

        Assert.Equal(6, counts.Sum());
        await using var db = world.Database.CreateDbContext();
        Assert.Equal(6, await db.Articles.CountAsync(a => a.Status == ArticleStatus.Published));
        Assert.Equal(6, await db.Threads.CountAsync());
        Assert.Equal(6, await db.Articles.Where(a => a.ThreadId != null).Select(a => a.ThreadId).Distinct().CountAsync());
    }

    [Fact]
    public async Task The_background_service_publishes_on_the_fake_clock_and_a_restarted_one_publishes_nothing_twice()
    {
        var clock = world.Database.Clock;
        var id = await world.CreateAsync(PublishingWorld.Draft());
        Assert.True((await world.Studio.ScheduleAsync(world.EditorId, id, clock.GetUtcNow().AddMinutes(1))).Succeeded);

        var scheduler = world.Database.Services.GetServices<IHostedService>().OfType<RecurringJob<ArticleScheduler>>().Single();
        await scheduler.StartAsync(CancellationToken.None);
        try
        {
            clock.Advance(TimeSpan.FromMinutes(2));
            await Eventually.TrueAsync(async () => (await LoadAsync(id)).Status == ArticleStatus.Published, "the scheduler to publish the article");
        }
        finally
        {
            await scheduler.StopAsync(CancellationToken.None);
        }

        var firstPublished = await LoadAsync(id);
        using var restarted = ActivatorUtilities.CreateInstance<RecurringJob<ArticleScheduler>>(world.Database.Services);
        await restarted.StartAsync(CancellationToken.None);
        try
        {
            // The restarted scheduler's first pass runs at once; a second article scheduled later proves it ran.
            var later = await world.CreateAsync(PublishingWorld.Draft("Later story"));
            Assert.True((await world.Studio.ScheduleAsync(world.EditorId, later, clock.GetUtcNow().AddSeconds(5))).Succeeded);
            clock.Advance(TimeSpan.FromSeconds(30));
            await Eventually.TrueAsync(async () => (await LoadAsync(later)).Status == ArticleStatus.Published, "the restarted scheduler to publish the later article");
        }
        finally
        {
            await restarted.StopAsync(CancellationToken.None);
        }

        var again = await LoadAsync(id);
        Assert.Equal(firstPublished.Version, again.Version);
        Assert.Equal(firstPublished.ThreadId, again.ThreadId);
        await using var db = world.Database.CreateDbContext();
        Assert.Equal(2, await db.Threads.CountAsync());
    }

    private async Task<ArticleEditorState> LoadAsync(int id) => (await world.Studio.LoadAsync(world.EditorId, id)).Value!;
}
