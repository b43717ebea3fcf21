using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;
using Portal.Domain.Accounts;
using Portal.Domain.Activity;

namespace Portal.Activity;

/// <summary>
/// Live activity for clients outside the Blazor circuit (the owner app, kiosk screens). Every connection is in
/// <c>community</c>; signed-in members are also in <c>user:{id}</c>, operators in <c>operators</c>. Other groups are
/// joined with <see cref="Join"/>, which applies the rule of the page the group mirrors.
/// </summary>
[AllowAnonymous]
public sealed class ActivityHub(ActivityGroups groups, PresenceTracker presence) : Hub<IActivityClient>
{
    public const string Path = "/hubs/activity";

    /// <summary>Joins one connection may ask for; each costs a permission check, so a runaway client is cut off.</summary>
    public const int MaxJoinsPerConnection = 100;

    private const string JoinsKey = "joins";

    public override async Task OnConnectedAsync()
    {
        var memberId = Context.User?.FindFirstValue(ClaimTypes.NameIdentifier);
        presence.Connect(Context.ConnectionId, memberId);
        await Groups.AddToGroupAsync(Context.ConnectionId, ActivityGroups.Community);
        if (memberId is not null)
        {
            await Groups.AddToGroupAsync(Context.ConnectionId, ActivityGroups.User(memberId));
        }

        if (Context.User?.IsInRole(Roles.Operator) == true)
        {
            await Groups.AddToGroupAsync(Context.ConnectionId, ActivityGroups.Operators);
        }

        await base.OnConnectedAsync();
    }

    public override Task OnDisconnectedAsync(Exception? exception)
    {
        presence.Disconnect(Context.ConnectionId);
        return base.OnDisconnectedAsync(exception);
    }

    /// <summary>Joins <c>thread:{id}</c>, <c>event:{id}</c>, … or fails with "not allowed" (a hidden thread, someone else's user group).</summary>
    public async Task Join(string group)
    {
        var joins = Context.Items.TryGetValue(JoinsKey, out var n) ? (int)n! : 0;
        if (joins >= MaxJoinsPerConnection)
        {
            throw new HubException($"Too many joins on one connection (at most {MaxJoinsPerConnection}); reconnect to start again.");
        }

        Context.Items[JoinsKey] = joins + 1;
        if (string.IsNullOrWhiteSpace(group) || group.Length > 80 || !await groups.MayJoinAsync(Context.User ?? new ClaimsPrincipal(), group))
        {
            throw new HubException($"Not allowed to join '{group}'.");
        }

        await Groups.AddToGroupAsync(Context.ConnectionId, group);
    }

    public Task Leave(string group) => Groups.RemoveFromGroupAsync(Context.ConnectionId, group ?? "");
}
