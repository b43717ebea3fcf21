using System.Security.Claims;
using Portal.Domain.Accounts;
using Portal.Domain.Activity;

namespace Portal.Activity;

/// <summary>
/// The hub's groups and who may join them: the same rules as the pages they mirror. <c>community</c> is everyone's,
/// <c>user:{id}</c> is only yourself, <c>operators</c> needs the role; <c>{type}:{id}</c> (a thread, an event) asks
/// the <see cref="IActivityGroupRule"/> its feature registered for that target type.
/// </summary>
public sealed class ActivityGroups(IEnumerable<IActivityGroupRule> rules)
{
    public const string Community = "community";
    public const string Operators = "operators";

    private const string UserKind = "user";

    public static string Thread(string id) => For(ActivityTarget.Thread, id);

    public static string User(string id) => For(UserKind, id);

    public static string For(string targetType, string targetId) => targetType + ":" + targetId;

    public async Task<bool> MayJoinAsync(ClaimsPrincipal user, string group)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(group);
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
        if (kind == UserKind)
        {
            return user.FindFirstValue(ClaimTypes.NameIdentifier) is { } me && me == id;
        }

        return rules.FirstOrDefault(r => r.TargetType == kind) is { } rule && await rule.MayJoinAsync(user, id);
    }
}
