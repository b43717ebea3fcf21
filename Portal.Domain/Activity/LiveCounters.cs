using Microsoft.EntityFrameworkCore;
using Portal.Domain.Data;

namespace Portal.Domain.Activity;

/// <summary>
/// Posts and event sign-ups in the last hour, counted from the bus (a sliding window of timestamps), and who is
/// online from <see cref="PresenceTracker"/>. Counting from the bus keeps the operators' live header off the database.
/// </summary>
public sealed class LiveCounters : IDisposable
{
    /// <summary>Data key an activity sets when it adds confirmed or waitlisted sign-ups.</summary>
    public const string SignupsAdded = "signupsAdded";

    private static readonly TimeSpan Window = TimeSpan.FromHours(1);

    private readonly PresenceTracker presence;
    private readonly IDbContextFactory<PortalDbContext> contextFactory;
    private readonly TimeProvider clock;
    private readonly IDisposable subscription;
    private readonly Lock gate = new();
    private readonly Queue<DateTimeOffset> posts = new();
    private readonly Queue<DateTimeOffset> signups = new();

    public LiveCounters(IActivityBus bus, PresenceTracker presence, IDbContextFactory<PortalDbContext> contextFactory, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(bus);
        this.presence = presence;
        this.contextFactory = contextFactory;
        this.clock = clock;
        subscription = bus.Subscribe(activity =>
        {
            Count(activity);
            return ValueTask.CompletedTask;
        }, a => a.Kind is ActivityKinds.PostCreated or ActivityKinds.ThreadStarted || a.Data?.ContainsKey(SignupsAdded) == true);
    }

    /// <summary>Once at start: the last hour's posts from the database, so a restart does not zero the header.</summary>
    public async Task LoadRecentAsync(CancellationToken cancellationToken = default)
    {
        var since = clock.GetUtcNow() - Window;
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var times = await db.Posts.AsNoTracking().Where(p => p.CreatedAt >= since).Select(p => p.CreatedAt).ToListAsync(cancellationToken);
        lock (gate)
        {
            // Live posts counted meanwhile are newer than anything loaded; keep the queue in time order.
            var live = posts.ToList();
            posts.Clear();
            foreach (var at in times.Where(t => live.Count == 0 || t < live[0]).Order().Concat(live))
            {
                posts.Enqueue(at);
            }
        }
    }

    public LiveCounterSnapshot Read()
    {
        var now = clock.GetUtcNow();
        lock (gate)
        {
            Trim(posts, now);
            Trim(signups, now);
            return new LiveCounterSnapshot(presence.MembersOnline, presence.VisitorsOnline, posts.Count, signups.Count, now);
        }
    }

    public void Dispose() => subscription.Dispose();

    private void Count(ActivityEvent activity)
    {
        lock (gate)
        {
            if (activity.Kind is ActivityKinds.PostCreated or ActivityKinds.ThreadStarted)
            {
                posts.Enqueue(activity.At);
            }
            else if (activity.IntValue(SignupsAdded) is { } added)
            {
                for (var i = 0; i < added; i++)
                {
                    signups.Enqueue(activity.At);
                }
            }
        }
    }

    private static void Trim(Queue<DateTimeOffset> times, DateTimeOffset now)
    {
        while (times.Count > 0 && now - times.Peek() > Window)
        {
            times.Dequeue();
        }
    }
}
