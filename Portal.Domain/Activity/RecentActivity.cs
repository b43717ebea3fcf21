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
        [ActivityKinds.ThreadStarted, ActivityKinds.PostCreated, ActivityKinds.ArticlePublished, ActivityKinds.EventSeatsChanged, ActivityKinds.MemberJoined];

    private readonly IServiceScopeFactory scopes;
    private readonly IDisposable subscription;
    private readonly Lock gate = new();
    private readonly LinkedList<ActivityEvent> items = new();
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

    /// <summary>Public activities worth a line in the ticker.</summary>
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
        lock (gate)
        {
            return [.. items.Take(count)];
        }
    }

    public void Dispose() => subscription.Dispose();

    private void Add(ActivityEvent activity)
    {
        lock (gate)
        {
            // Seats change often: keep one line per event, the newest.
            if (activity.Kind == ActivityKinds.EventSeatsChanged && items.FirstOrDefault(i => i.Kind == activity.Kind && i.Target.Id == activity.Target.Id) is { } older)
            {
                items.Remove(older);
            }

            items.AddFirst(activity);
            while (items.Count > Capacity)
            {
                items.RemoveLast();
            }
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
            var newestLive = items.Count > 0 ? items.Last!.Value.At : DateTimeOffset.MaxValue;
            foreach (var activity in history.Where(h => h.At < newestLive).OrderByDescending(h => h.At).Take(Capacity - items.Count))
            {
                items.AddLast(activity);
            }
        }
    }
}
