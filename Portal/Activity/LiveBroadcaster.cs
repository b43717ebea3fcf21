using Portal.Domain.Activity;

namespace Portal.Activity;

/// <summary>
/// Turns state into news on a beat: "N members online" when presence changed (at most every two seconds, so a
/// burst of connections costs one message), and the operators' live counters every six seconds (every third beat).
/// </summary>
public sealed class LiveBroadcaster(IActivityBus bus, PresenceTracker presence, LiveCounters counters, TimeProvider clock) : BackgroundService
{
    public const string MembersOnline = "membersOnline";
    public const string VisitorsOnline = "visitorsOnline";

    private static readonly TimeSpan Beat = TimeSpan.FromSeconds(2);
    private static readonly ActivityTarget CommunityTarget = new(ActivityTarget.Community, ActivityTarget.Community);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await counters.LoadRecentAsync(stoppingToken);
        using var timer = new PeriodicTimer(Beat, clock);
        var seenVersion = -1;
        var beats = 0;
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                var now = clock.GetUtcNow();
                if (presence.Version != seenVersion)
                {
                    seenVersion = presence.Version;
                    await bus.PublishAsync(new ActivityEvent(ActivityKinds.Presence, null, null, CommunityTarget, ActivityAudience.Everyone, now, Presence()), stoppingToken);
                }

                if (++beats % 3 == 0)
                {
                    await bus.PublishAsync(new ActivityEvent(ActivityKinds.Kpi, null, null, CommunityTarget, ActivityAudience.Operators, now, Kpis(counters.Read())), stoppingToken);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    private Dictionary<string, string> Presence() => new(StringComparer.Ordinal)
    {
        [MembersOnline] = presence.MembersOnline.Invariant(),
        [VisitorsOnline] = presence.VisitorsOnline.Invariant(),
    };

    private static Dictionary<string, string> Kpis(LiveCounterSnapshot snapshot) => new(StringComparer.Ordinal)
    {
        [MembersOnline] = snapshot.MembersOnline.Invariant(),
        [VisitorsOnline] = snapshot.VisitorsOnline.Invariant(),
        ["postsLastHour"] = snapshot.PostsLastHour.Invariant(),
        ["signupsLastHour"] = snapshot.SignupsLastHour.Invariant(),
    };
}
