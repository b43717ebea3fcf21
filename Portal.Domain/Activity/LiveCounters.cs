using System.Globalization;

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
    private readonly TimeProvider clock;
    private readonly IDisposable subscription;
    private readonly Lock gate = new();
    private readonly Queue<DateTimeOffset> posts = new();
    private readonly Queue<DateTimeOffset> signups = new();

    public LiveCounters(IActivityBus bus, PresenceTracker presence, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(bus);
        this.presence = presence;
        this.clock = clock;
        subscription = bus.Subscribe(activity =>
        {
            Count(activity);
            return ValueTask.CompletedTask;
        }, a => a.Kind is ActivityKinds.PostCreated or ActivityKinds.ThreadStarted || a.Data?.ContainsKey(SignupsAdded) == true);
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
            else if (int.TryParse(activity.Value(SignupsAdded), NumberStyles.Integer, CultureInfo.InvariantCulture, out var added))
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
