using Microsoft.EntityFrameworkCore;
using Portal.Domain.Accounts;

namespace Portal.Domain.Data;

internal static class PortalDbContextExtensions
{
    /// <summary>Checks a role in the database, for services that must not trust a possibly stale cookie.</summary>
    public static Task<bool> IsInRoleAsync(this PortalDbContext db, string userId, string role, CancellationToken cancellationToken) =>
        db.UserRoles.AnyAsync(ur => ur.UserId == userId && ur.RoleId == Roles.Ids[role], cancellationToken);
}
