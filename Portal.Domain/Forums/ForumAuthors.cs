using Microsoft.EntityFrameworkCore;
using Portal.Domain.Accounts;
using Portal.Domain.Data;

namespace Portal.Domain.Forums;

/// <summary>Loads the authors of a page of posts in a fixed number of queries, however many posts there are.</summary>
internal static class ForumAuthors
{
    public static async Task<IReadOnlyDictionary<string, ForumAuthor>> LoadAsync(PortalDbContext db, IReadOnlyCollection<string> memberIds, CancellationToken cancellationToken)
    {
        var ids = memberIds.Distinct(StringComparer.Ordinal).ToList();
        var staffRoles = StaffRoleIds;
        var members = await db.Users.AsNoTracking()
            .Where(u => ids.Contains(u.Id))
            .Select(u => new
            {
                u.Id,
                u.DisplayName,
                u.AvatarFile,
                Verified = u.Vehicles.Any(v => v.VerifiedAt != null),
                Staff = db.UserRoles.Any(ur => ur.UserId == u.Id && staffRoles.Contains(ur.RoleId)),
                Model = u.Vehicles.OrderBy(v => v.VerifiedAt == null).ThenBy(v => v.AddedAt).Select(v => v.Model!.Name).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        return members.ToDictionary(
            m => m.Id,
            m => new ForumAuthor(new MemberSummary(m.Id, m.DisplayName, m.AvatarFile, m.Verified, m.Staff), m.Model),
            StringComparer.Ordinal);
    }

    private static string[] StaffRoleIds => [Roles.Ids[Roles.Editor], Roles.Ids[Roles.Operator]];
}
