using Microsoft.EntityFrameworkCore;
using Portal.Domain.Content;
using Portal.Domain.Data;

namespace Portal.Domain.Accounts;

/// <summary>Read side of membership: public profiles, and the operators' searchable member list.</summary>
public sealed class MemberDirectory(IDbContextFactory<PortalDbContext> contextFactory, MarkdownRenderer markdown, TimeProvider clock)
{
    public const int PageSize = 25;

    public async Task<PublicProfile?> GetPublicProfileAsync(string userId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var user = await db.Users.AsNoTracking()
            .Where(u => u.Id == userId)
            .Select(u => new { u.Id, u.DisplayName, u.AvatarFile, u.City, u.Bio, u.JoinedAt })
            .SingleOrDefaultAsync(cancellationToken);
        if (user is null)
        {
            return null;
        }

        var vehicles = await db.Vehicles.AsNoTracking()
            .Where(v => v.OwnerId == userId)
            .OrderBy(v => v.AddedAt)
            .Select(v => new PublicVehicle(v.Model!.Name, v.Year, v.Nickname, v.VerifiedAt != null))
            .ToListAsync(cancellationToken);
        var isStaff = await db.IsStaffAsync(userId, cancellationToken);
        var member = new MemberSummary(user.Id, user.DisplayName, user.AvatarFile, vehicles.Any(v => v.Verified), isStaff);
        return new PublicProfile(member, user.City, user.Bio, user.Bio is null ? null : markdown.Render(user.Bio).Html, user.JoinedAt, vehicles);
    }

    public async Task<CommunitySnapshot> GetSnapshotAsync(int newest, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var members = await db.Users.CountAsync(cancellationToken);
        var verified = await db.Vehicles.Where(v => v.VerifiedAt != null).Select(v => v.OwnerId).Distinct().CountAsync(cancellationToken);
        var models = await db.VehicleModels.AsNoTracking()
            .OrderBy(m => m.Id)
            .Select(m => new ModelOwnership(m.Id, m.Name, m.BodyStyle, m.Powertrain, db.Vehicles.Where(v => v.ModelId == m.Id).Select(v => v.OwnerId).Distinct().Count()))
            .ToListAsync(cancellationToken);
        var newestIds = await db.Users.AsNoTracking().OrderByDescending(u => u.JoinedAt).Take(newest).Select(u => u.Id).ToListAsync(cancellationToken);
        var summaries = await GetSummariesAsync(newestIds, cancellationToken);
        return new CommunitySnapshot(members, verified, models, newestIds.Select(id => summaries[id]).ToList());
    }

    /// <summary>Summaries for a set of members in one query, for lists that show many names.</summary>
    public async Task<IReadOnlyDictionary<string, MemberSummary>> GetSummariesAsync(IReadOnlyCollection<string> userIds, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var members = await MemberSummaries.LoadAsync(db, userIds, cancellationToken);
        return members.ToDictionary(m => m.Key, m => m.Value.Member, StringComparer.Ordinal);
    }

    /// <summary>Operators find members by name or email; newest first.</summary>
    public async Task<(IReadOnlyList<MemberAdminRow> Rows, int Total)> SearchAsync(string? query, int page, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var users = db.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query))
        {
            var term = query.Trim();
            var upper = term.ToUpperInvariant();
            users = users.Where(u => u.DisplayName.Contains(term) || u.NormalizedEmail!.Contains(upper));
        }

        var total = await users.CountAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var rows = await users
            .OrderByDescending(u => u.JoinedAt)
            .Skip(Math.Max(0, page) * PageSize)
            .Take(PageSize)
            .Select(u => new
            {
                u.Id,
                u.DisplayName,
                u.Email,
                u.JoinedAt,
                u.LockoutEnd,
                Roles = db.UserRoles.Where(ur => ur.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!).ToList(),
                Vehicles = u.Vehicles.Count,
                Verified = u.Vehicles.Count(v => v.VerifiedAt != null),
            })
            .ToListAsync(cancellationToken);
        return (rows.Select(r => new MemberAdminRow(r.Id, r.DisplayName, r.Email ?? "", r.Roles, r.Vehicles, r.Verified, r.JoinedAt, r.LockoutEnd > now)).ToList(), total);
    }
}
