using System.Collections.Concurrent;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Portal.Domain.Activity;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Activity;

public sealed class InMemoryActivityBusTests : IDisposable
{
    private readonly InMemoryActivityBus bus = NewBus(queue: 16);

    public void Dispose() => bus.Dispose();

    [Fact]
    public async Task Each_publishers_activities_arrive_in_the_order_it_published_them()
    {
        // Room for all 40, so a starved subscriber on a loaded machine drops nothing: this test is about order only.
        using var roomy = NewBus(queue: 64);
        var received = new ConcurrentQueue<ActivityEvent>();
        using var subscription = roomy.Subscribe(a => Collect(received, a));

        var publishers = Enumerable.Range(0, 4).Select(p => Task.Run(async () =>
        {
            for (var i = 0; i < 10; i++)
            {
                await roomy.PublishAsync(Activity($"p{p}", i));
                await Task.Yield();
            }
        }));
        await Task.WhenAll(publishers);
        await Eventually.TrueAsync(() => received.Count == 40, "all 40 activities");

        foreach (var group in received.GroupBy(a => a.ActorId))
        {
            Assert.Equal(Enumerable.Range(0, 10), group.Select(a => int.Parse(a.Target.Id, System.Globalization.CultureInfo.InvariantCulture)));
        }
    }

    [Fact]
    public async Task A_stuck_subscriber_loses_its_oldest_items_but_never_slows_the_publisher_or_the_others()
    {
        using var release = new SemaphoreSlim(0);
        var slow = new ConcurrentQueue<ActivityEvent>();
        var fast = new ConcurrentQueue<ActivityEvent>();
        var stalled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var stuck = bus.Subscribe(async a =>
        {
            stalled.TrySetResult();
            await release.WaitAsync(Eventually.Timeout);
            slow.Enqueue(a);
        });
        using var keepsUp = bus.Subscribe(a => Collect(fast, a));

        await bus.PublishAsync(Activity("p", 0));
        await Eventually.ArrivesAsync(stalled.Task, "the stuck subscriber to take the first activity");
        await Eventually.TrueAsync(() => fast.Count == 1, "the first activity at the subscriber that keeps up");
        for (var i = 1; i < 100; i++)
        {
            var published = bus.PublishAsync(Activity("p", i));
            Assert.True(published.IsCompletedSuccessfully, "Publishing waited for a subscriber.");
            await published;
            if (i % 8 == 0)
            {
                // The fast subscriber keeps up (never more than its queue behind), so it must lose nothing.
                await Eventually.TrueAsync(() => fast.Count == i + 1, $"activity {i} at the subscriber that keeps up");
            }
        }

        await Eventually.TrueAsync(() => fast.Count == 100, "all 100 activities at the subscriber that keeps up");
        release.Release(100);
        await Eventually.TrueAsync(() => slow.Count >= 17, "the stuck subscriber's 17 activities once released");
        // Nothing more is queued for it: a later sentinel, behind everything it kept, arrives only after them.
        await bus.PublishAsync(Activity("sentinel", 100));
        await Eventually.TrueAsync(() => slow.Any(a => a.ActorId == "sentinel"), "the sentinel after the stuck subscriber's last activity");

        Assert.Equal(Enumerable.Range(0, 100).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)), fast.Where(a => a.ActorId == "p").Select(a => a.Target.Id));
        // The stuck one took the first item before it stalled, then kept only the newest 16: 84..99.
        var kept = slow.Where(a => a.ActorId == "p").ToList();
        Assert.Equal(17, kept.Count);
        Assert.Equal("99", kept.Last().Target.Id);
        Assert.Equal(Enumerable.Range(84, 16).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)), kept.Skip(1).Select(a => a.Target.Id));
        Assert.Equal(83, bus.Dropped);
    }

    [Fact]
    public async Task A_filter_chooses_what_a_subscriber_gets_and_a_failing_handler_stays_subscribed()
    {
        var received = new ConcurrentQueue<ActivityEvent>();
        using var subscription = bus.Subscribe(
            a => a.Target.Id == "3" ? throw new InvalidOperationException("boom") : Collect(received, a),
            a => a.ActorId == "wanted");

        for (var i = 0; i < 6; i++)
        {
            await bus.PublishAsync(Activity(i % 2 == 0 ? "wanted" : "other", i));
        }

        await bus.PublishAsync(Activity("wanted", 4));
        await Eventually.TrueAsync(() => received.Count == 4, "the four wanted activities");
        Assert.Equal(["0", "2", "4", "4"], received.Select(a => a.Target.Id));
    }

    [Fact]
    public async Task A_disposed_subscription_gets_nothing_more()
    {
        var received = new ConcurrentQueue<ActivityEvent>();
        var offered = new ConcurrentQueue<ActivityEvent>();
        var subscription = bus.Subscribe(a => Collect(received, a), a =>
        {
            offered.Enqueue(a);
            return true;
        });
        await bus.PublishAsync(Activity("p", 1));
        await Eventually.TrueAsync(() => received.Count == 1, "the activity before the dispose");

        subscription.Dispose();
        subscription.Dispose();
        await bus.PublishAsync(Activity("p", 2));

        // The bus offers an activity to each subscriber (its filter runs) on the publisher's thread, before PublishAsync
        // returns: an activity never offered can never reach the handler, so there is nothing to wait for.
        Assert.Single(offered);
        Assert.Single(received);
        Assert.Equal(0, bus.SubscriberCount);
    }

    [Fact]
    public async Task A_thousand_subscribe_and_dispose_cycles_leave_no_subscriber_behind()
    {
        using var keeper = bus.Subscribe(_ => ValueTask.CompletedTask);
        var cycles = Enumerable.Range(0, 1_000).Select(i => Task.Run(async () =>
        {
            using var subscription = bus.Subscribe(_ => ValueTask.CompletedTask, a => a.Target.Id == i.ToString(System.Globalization.CultureInfo.InvariantCulture));
            await bus.PublishAsync(Activity("p", i));
        }));
        await Task.WhenAll(cycles);

        Assert.Equal(1, bus.SubscriberCount);
    }

    internal static InMemoryActivityBus NewBus(int queue = 256) =>
        new(Options.Create(new ActivityOptions { SubscriberQueue = queue }), NullLogger<InMemoryActivityBus>.Instance);

    private static ActivityEvent Activity(string actor, int n) =>
        new("test", actor, null, new ActivityTarget("thread", n.ToString(System.Globalization.CultureInfo.InvariantCulture)), ActivityAudience.Everyone, DateTimeOffset.UnixEpoch);

    private static ValueTask Collect(ConcurrentQueue<ActivityEvent> into, ActivityEvent activity)
    {
        into.Enqueue(activity);
        return ValueTask.CompletedTask;
    }
}
