using System.Globalization;
using System.Security.Claims;
using Portal.Domain.Accounts;
using Portal.Domain.Activity;

namespace Portal.Domain.Events;

/// <summary>Who may join the hub's <c>event:{id}</c> group: whoever may open the event's page (drafts: staff only).</summary>
internal sealed class EventGroupRule(EventReader reader) : IActivityGroupRule
{
    public string TargetType => ActivityTarget.Event;

    public async Task<bool> MayJoinAsync(ClaimsPrincipal user, string id) =>
        int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var eventId)
        && await reader.IsVisibleAsync(eventId, includeDrafts: user.IsStaff());
}
