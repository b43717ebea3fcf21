using System.Globalization;
using System.Security.Claims;
using Portal.Domain.Accounts;
using Portal.Domain.Forums;
using Portal.Forums;

namespace Portal.Activity;

/// <summary>
/// The hub's groups and who may join them: the same rules as the pages they mirror. <c>community</c> is everyone's,
/// <c>thread:{id}</c> needs a thread the reader may open, <c>user:{id}</c> is only yourself, <c>operators</c> needs the role.
/// </summary>
public sealed class ActivityGroups(ForumReader forums, IEnumerable<IActivityGroupRule> rules)
{
    public const string Community = "community";
    public const string Operators = "operators";

    public static string Thread(string id) => "thread:" + id;

    public static string User(string id) => "user:" + id;

    public static string For(string targetType, string targetId) => targetType + ":" + targetId;

    public async Task<bool> MayJoinAsync(ClaimsPrincipal user, string group)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (group == Community)
        {
            return true;
        }

        if (group == Operators)
        {
            return user.IsInRole(Roles.Operator);
        }

        var colon = group.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0)
        {
            return false;
        }

        var (kind, id) = (group[..colon], group[(colon + 1)..]);
        if (kind == "user")
        {
            return user.FindFirstValue(ClaimTypes.NameIdentifier) is { } me && me == id;
        }

        if (kind == "thread")
        {
            return long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var threadId)
                && await forums.CanReadThreadAsync(threadId, user.ToForumViewer());
        }

        return rules.FirstOrDefault(r => r.TargetType == kind) is { } rule && await rule.MayJoinAsync(user, id);
    }
}
