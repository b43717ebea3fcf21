using Microsoft.EntityFrameworkCore;
using Portal.Domain.Data;

namespace Portal.Domain.Accounts;

/// <summary>
/// The one projection of members as lists show them (<see cref="MemberSummary"/>: name, avatar, verified owner, staff),
/// together with the car they drive (their first verified car, else their first car), for many members in one query.
/// Erased members' posts name the <see cref="DeletedMember"/>, which this projection (alone) reads.
/// </summary>
internal static class MemberSummaries
{
    public static async Task<IReadOnlyDictionary<string, (MemberSummary Member, string? Model)>> LoadAsync(
        PortalDbContext db, IReadOnlyCollection<string> memberIds, CancellationToken cancellationToken)
    {
        if (memberIds.Count == 0)
        {
            return new Dictionary<string, (MemberSummary, string?)>(StringComparer.Ordinal);
        }

        var ids = memberIds.Distinct(StringComparer.Ordinal).ToList();
        var staffRoles = Staff.RoleRows(db);
        var rows = await db.Users.AsNoTracking().IgnoreQueryFilters()
            .Where(u => ids.Contains(u.Id))
            .Select(u => new
            {
                Member = new MemberSummary(
                    u.Id,
                    u.DisplayName,
                    u.AvatarFile,
                    u.Vehicles.Any(v => v.VerifiedAt != null),
                    staffRoles.Any(ur => ur.UserId == u.Id)),
                Model = u.Vehicles.OrderBy(v => v.VerifiedAt == null).ThenBy(v => v.AddedAt).Select(v => v.Model!.Name).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        return rows.ToDictionary(r => r.Member.Id, r => (r.Member, r.Model), StringComparer.Ordinal);
    }
}
