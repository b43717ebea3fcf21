using System.Security.Claims;
using Portal.Domain.Accounts;

namespace Portal.Domain.Forums;

public static class ForumViewerExtensions
{
    /// <summary>
    /// The reader as the forums see them. The moderator flag only widens what is shown (hidden threads);
    /// every moderation write checks the role in the database again.
    /// </summary>
    public static ForumViewer ToForumViewer(this ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.FindFirstValue(ClaimTypes.NameIdentifier) is { } id ? new ForumViewer(id, user.IsStaff()) : ForumViewer.Anonymous;
    }
}
