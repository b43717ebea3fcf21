using System.Security.Claims;
using Portal.Domain.Accounts;
using Portal.Domain.Forums;

namespace Portal.Forums;

internal static class ForumViewerExtensions
{
    /// <summary>
    /// The reader as the forums see them. The moderator flag only widens what is shown (hidden threads);
    /// every moderation write checks the role in the database again.
    /// </summary>
    public static ForumViewer ToForumViewer(this ClaimsPrincipal user) =>
        user.FindFirstValue(ClaimTypes.NameIdentifier) is { } id
            ? new ForumViewer(id, user.IsInRole(Roles.Editor) || user.IsInRole(Roles.Operator))
            : ForumViewer.Anonymous;
}
