using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Portal.Domain.Data;

namespace Portal.Domain.Accounts;

/// <summary>
/// Operators grant and revoke the staff roles. Every change writes an <see cref="AuditEntry"/> in the same
/// transaction. Members pick up a new role when their cookie is next revalidated (within a minute).
/// </summary>
public sealed class RoleAdminService(IDbContextFactory<PortalDbContext> contextFactory, TimeProvider clock)
{
    public static IReadOnlyList<string> AssignableRoles { get; } = [Roles.Editor, Roles.Operator];

    /// <summary>The rules, without the database, so they can be read (and tested) in one place.</summary>
    public static Problem? Check(string actorId, bool actorIsOperator, string targetUserId, string role, bool grant)
    {
        if (!actorIsOperator)
        {
            return new Problem(RoleProblems.NotAllowed);
        }

        if (role == Roles.Owner)
        {
            return new Problem(RoleProblems.OwnerIsImplicit);
        }

        if (!AssignableRoles.Contains(role))
        {
            return new Problem(RoleProblems.UnknownRole, null, role);
        }

        return !grant && role == Roles.Operator && actorId == targetUserId
            ? new Problem(RoleProblems.CannotRevokeOwnOperator)
            : null;
    }

    public async Task<Result> SetRoleAsync(string actorId, string targetUserId, string role, bool grant, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var actorIsOperator = await db.IsInRoleAsync(actorId, Roles.Operator, cancellationToken);
        if (Check(actorId, actorIsOperator, targetUserId, role, grant) is { } problem)
        {
            return Result.Fail(problem);
        }

        if (!await db.Users.AnyAsync(u => u.Id == targetUserId, cancellationToken))
        {
            return Result.Fail(RoleProblems.UnknownMember);
        }

        var roleId = Roles.Ids[role];
        var existing = await db.UserRoles.SingleOrDefaultAsync(ur => ur.UserId == targetUserId && ur.RoleId == roleId, cancellationToken);
        if ((existing is not null) == grant)
        {
            return Result.Ok;
        }

        if (grant)
        {
            db.UserRoles.Add(new IdentityUserRole<string> { UserId = targetUserId, RoleId = roleId });
        }
        else
        {
            db.UserRoles.Remove(existing!);
        }

        db.AuditEntries.Add(new AuditEntry
        {
            ActorId = actorId,
            Action = grant ? AuditActions.RoleGranted : AuditActions.RoleRevoked,
            TargetType = "Member",
            TargetId = targetUserId,
            Detail = role,
            At = clock.GetUtcNow(),
        });
        await db.SaveChangesAsync(cancellationToken);
        return Result.Ok;
    }
}
