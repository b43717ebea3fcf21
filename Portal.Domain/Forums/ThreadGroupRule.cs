using System.Globalization;
using System.Security.Claims;
using Portal.Domain.Activity;

namespace Portal.Domain.Forums;

/// <summary>Who may join the hub's <c>thread:{id}</c> group: whoever may open the thread (hidden threads: moderators only).</summary>
internal sealed class ThreadGroupRule(ForumReader forums) : IActivityGroupRule
{
    public string TargetType => ActivityTarget.Thread;

    public async Task<bool> MayJoinAsync(ClaimsPrincipal user, string id) =>
        long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var threadId)
        && await forums.CanReadThreadAsync(threadId, user.ToForumViewer());
}
