using System.Security.Claims;

namespace Portal.Accounts;

internal static class ClaimsPrincipalExtensions
{
    /// <summary>The signed-in member's id; pages that call this are behind the Member policy.</summary>
    public static string UserId(this ClaimsPrincipal user) =>
        user.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("No signed-in member.");
}
