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
public sealed partial class ActivityHub(ActivityGroups groups, PresenceTracker presence, ILogger<ActivityHub> logger) : Hub<IActivityClient>
{
    public const string Path = "/hubs/activity";

    /// <summary>Joins one connection may ask for; each costs a permission check, so a runaway client is cut off.</summary>
    public const int MaxJoinsPerConnection = 100;

    /// <summary>The longest group name there is (<c>user:</c> and a member id); anything longer is refused unread.</summary>
    public const int MaxGroupLength = 80;

    /// <summary>How much of a refused group name the log keeps.</summary>
    private const int LoggedGroupLength = 64;

    private const string JoinsKey = "joins";
    private const string RefusalLoggedKey = "refusalLogged";

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

    /// <summary>
    /// Joins <c>thread:{id}</c>, <c>event:{id}</c>, … or fails with "not allowed" (a hidden thread, someone else's user
    /// group, a name that is no group at all). The name's shape is checked before anything else, the refusal names no
    /// group back, and only a connection's first refusal is logged (one short line), so a client that loops on refused
    /// joins costs neither permission checks nor log space.
    /// </summary>
    public async Task Join(string group)
    {
        if (!IsGroupName(group))
        {
            throw Refuse(group, "Not allowed to join that group.");
        }

        var joins = Context.Items.TryGetValue(JoinsKey, out var n) ? (int)n! : 0;
        if (joins >= MaxJoinsPerConnection)
        {
            throw Refuse(group, $"Too many joins on one connection (at most {MaxJoinsPerConnection}); reconnect to start again.");
        }

        Context.Items[JoinsKey] = joins + 1;
        if (!await groups.MayJoinAsync(Context.User ?? new ClaimsPrincipal(), group))
        {
            throw Refuse(group, "Not allowed to join that group.");
        }

        await Groups.AddToGroupAsync(Context.ConnectionId, group);
    }

    /// <summary>Short, printable ASCII (<c>community</c>, <c>thread:42</c>, <c>user:{guid}</c>): nothing else is a group.</summary>
    private static bool IsGroupName(string? group) =>
        group is { Length: > 0 and <= MaxGroupLength } && group.All(c => char.IsAsciiLetterOrDigit(c) || c is ':' or '-' or '_' or '.');

    private HubException Refuse(string? group, string reason)
    {
        if (!Context.Items.ContainsKey(RefusalLoggedKey))
        {
            Context.Items[RefusalLoggedKey] = true;
            var shown = new string((group ?? "").Take(LoggedGroupLength).Select(c => char.IsControl(c) ? '?' : c).ToArray());
            LogRefused(logger, shown, group?.Length ?? 0, Context.UserIdentifier ?? "anonymous");
        }

        return new HubException(reason);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Refused a hub join to \"{Group}\" ({Length} characters) for {Member}; further refusals on this connection are not logged.")]
    private static partial void LogRefused(ILogger logger, string group, int length, string member);

    public Task Leave(string group) => Groups.RemoveFromGroupAsync(Context.ConnectionId, group ?? "");
}
