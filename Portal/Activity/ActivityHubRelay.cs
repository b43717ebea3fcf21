using Microsoft.AspNetCore.SignalR;
using Portal.Domain.Activity;

namespace Portal.Activity;

/// <summary>
/// Forwards the bus to the hub's groups, never wider than the activity's audience: public news about a target goes
/// to <c>{type}:{id}</c> (and ticker items to <c>community</c>), a member's to <c>user:{id}</c>, operators' to <c>operators</c>.
/// </summary>
public sealed class ActivityHubRelay(IActivityBus bus, IHubContext<ActivityHub, IActivityClient> hub) : IHostedService
{
    private IDisposable? subscription;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        subscription = bus.Subscribe(RelayAsync);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        subscription?.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>The groups an activity goes to (public so the rule can be tested on its own).</summary>
    public static IReadOnlyList<string> GroupsFor(ActivityEvent activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return activity.Audience.Visibility switch
        {
            ActivityVisibility.Everyone => PublicGroups(activity),
            ActivityVisibility.Member when activity.Audience.MemberId is { } id => [ActivityGroups.User(id)],
            ActivityVisibility.Operators or ActivityVisibility.Staff => [ActivityGroups.Operators],
            _ => [],
        };
    }

    private static List<string> PublicGroups(ActivityEvent activity)
    {
        var groups = new List<string>(2);
        if (activity.Target.Type is not (ActivityTarget.Community or ActivityTarget.Member))
        {
            groups.Add(ActivityGroups.For(activity.Target.Type, activity.Target.Id));
        }

        if (RecentActivity.IsTickerItem(activity) || activity.Kind == ActivityKinds.Presence)
        {
            groups.Add(ActivityGroups.Community);
        }

        return groups;
    }

    private async ValueTask RelayAsync(ActivityEvent activity)
    {
        var groups = GroupsFor(activity);
        if (groups.Count > 0)
        {
            await hub.Clients.Groups(groups).Activity(ActivityMessage.From(activity));
        }
    }
}
