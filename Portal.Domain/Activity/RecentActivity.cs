using Microsoft.Extensions.DependencyInjection;

namespace Portal.Domain.Activity;

/// <summary>
/// The community ticker: the latest public activities, newest first. Filled once from the features' history,
/// then kept current from the bus. One per node.
/// </summary>
public sealed class RecentActivity : IDisposable
{
    public const int Capacity = 30;

    private static readonly HashSet<string> TickerKinds =
        [ActivityKinds.ThreadStarted, ActivityKinds.PostCreated, ActivityKinds.ArticlePublished, ActivityKinds.EventSeatsChanged, ActivityKinds.MemberJoined, ActivityKinds.Withdrawn];

    private static readonly Dictionary<string, string> Empty = [];

    private readonly IServiceScopeFactory scopes;
    private readonly IDisposable subscription;
    private readonly Lock gate = new();
    private readonly List<ActivityEvent> items = [];
    private Task? backfill;

    public RecentActivity(IActivityBus bus, IServiceScopeFactory scopes)
    {
        ArgumentNullException.ThrowIfNull(bus);
        this.scopes = scopes;
        subscription = bus.Subscribe(activity =>
        {
            Add(activity);
            return ValueTask.CompletedTask;
        }, IsTickerItem);
    }

    /// <summary>
    /// Public activities the ticker hears: lines to show, and <see cref="ActivityKinds.Withdrawn"/>, which removes the
    /// lines about its target.
    /// </summary>
    public static bool IsTickerItem(ActivityEvent activity) =>
        activity is not null && activity.Audience.Visibility == ActivityVisibility.Everyone && TickerKinds.Contains(activity.Kind);

    public async Task<IReadOnlyList<ActivityEvent>> LatestAsync(int count, CancellationToken cancellationToken = default)
    {
        Task fill;
        lock (gate)
        {
            fill = backfill ??= BackfillAsync();
        }

        await fill.WaitAsync(cancellationToken);
        List<ActivityEvent> candidates;
        lock (gate)
        {
            candidates = [.. items];
        }

        // Checked against the database on every read: a line about something hidden, deleted or withdrawn on another node
        // (whose bus this node does not hear) never shows, and leaves this node's list too.
        await using var scope = scopes.CreateAsyncScope();
        var gone = new HashSet<ActivityEvent>();
        foreach (var source in scope.ServiceProvider.GetServices<IActivityHistory>())
        {
            gone.UnionWith(await source.GoneAsync(candidates, cancellationToken));
        }

        lock (gate)
        {
            items.RemoveAll(gone.Contains);
            return [.. items.Take(count)];
        }
    }

    public void Dispose() => subscription.Dispose();

    /// <summary>
    /// The ticker's one rule for a newly heard activity, shared by this list and every live ticker: a withdrawal removes
    /// the lines about its target (a member's: also the lines they are the actor of); a line already there is not added
    /// again; seats keep one line per event (the newest); anything else goes on top; at most <paramref name="capacity"/>
    /// lines stay.
    /// </summary>
    public static void Apply(List<ActivityEvent> lines, ActivityEvent activity, int capacity)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.Kind == ActivityKinds.Withdrawn)
        {
            // A withdrawal that names one item of its target (a post of a thread) removes that item's lines only; a
            // member's withdrawal (their account was erased) also removes every line they are the actor of.
            var item = activity.Data?.Keys.FirstOrDefault();
            lines.RemoveAll(i => (i.Target.Type == activity.Target.Type && i.Target.Id == activity.Target.Id
                    && (item is null || i.Value(item) == activity.Value(item)))
                || (activity.Target.Type == ActivityTarget.Member && i.ActorId == activity.Target.Id));
            return;
        }

        // The history read at start can already hold a line the bus delivers just after it: it is not shown twice.
        if (lines.Exists(i => IsSameLine(i, activity)))
        {
            return;
        }

        lines.RemoveAll(i => activity.Kind == ActivityKinds.EventSeatsChanged && i.Kind == activity.Kind && i.Target.Id == activity.Target.Id);
        lines.Insert(0, activity);
        if (lines.Count > capacity)
        {
            lines.RemoveRange(capacity, lines.Count - capacity);
        }
    }

    /// <summary>The same happening: kind, time, actor, target and data alike (a fixed test clock can still post twice at one instant).</summary>
    private static bool IsSameLine(ActivityEvent a, ActivityEvent b) =>
        a.Kind == b.Kind && a.At == b.At && a.ActorId == b.ActorId && a.Target.Type == b.Target.Type && a.Target.Id == b.Target.Id
        && (a.Data ?? Empty).Count == (b.Data ?? Empty).Count && (a.Data ?? Empty).All(d => b.Value(d.Key) == d.Value);

    private void Add(ActivityEvent activity)
    {
        lock (gate)
        {
            Apply(items, activity, Capacity);
        }
    }

    private async Task BackfillAsync()
    {
        await using var scope = scopes.CreateAsyncScope();
        var history = new List<ActivityEvent>();
        foreach (var source in scope.ServiceProvider.GetServices<IActivityHistory>())
        {
            history.AddRange(await source.RecentAsync(Capacity));
        }

        lock (gate)
        {
            // Live items that arrived meanwhile stay in front; history fills in behind them.
            var newestLive = items.Count > 0 ? items[^1].At : DateTimeOffset.MaxValue;
            items.AddRange(history.Where(h => h.At < newestLive).OrderByDescending(h => h.At).Take(Capacity - items.Count));
        }
    }
}
