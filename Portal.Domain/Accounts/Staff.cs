using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Portal.Domain.Data;

namespace Portal.Domain.Accounts;

/// <summary>
/// Staff are members who hold <see cref="Roles.Editor"/> or <see cref="Roles.Operator"/>. This is the one definition:
/// the policies, the cookie's claims and the database queries all ask it.
/// </summary>
public static class Staff
{
    /// <summary>The roles that make a member staff.</summary>
    public static IReadOnlyList<string> Roles { get; } = [Accounts.Roles.Editor, Accounts.Roles.Operator];

    private static readonly string[] RoleIds = [.. Roles.Select(r => Accounts.Roles.Ids[r])];

    /// <summary>From the cookie: only for widening what is shown; writes check <see cref="IsStaffAsync"/> in the database.</summary>
    public static bool IsStaff(this ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return Roles.Any(user.IsInRole);
    }

    /// <summary>The policy requirement behind <see cref="Policies.CanPublish"/> and <see cref="Policies.CanModerate"/>.</summary>
    public static AuthorizationPolicyBuilder RequireStaff(this AuthorizationPolicyBuilder policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        return policy.RequireRole(Roles);
    }

    /// <summary>The role rows that make members staff; composable into a larger query.</summary>
    internal static IQueryable<IdentityUserRole<string>> RoleRows(PortalDbContext db) => db.UserRoles.Where(ur => RoleIds.Contains(ur.RoleId));

    /// <summary>Whether the member is staff, checked in the database (a cookie may be a minute stale) in one query.</summary>
    internal static Task<bool> IsStaffAsync(this PortalDbContext db, string userId, CancellationToken cancellationToken) =>
        RoleRows(db).AnyAsync(ur => ur.UserId == userId, cancellationToken);
}
