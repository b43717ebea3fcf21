using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Portal.Domain.Content;
using Portal.Domain.Data;
using Portal.Domain.Engagement;
using Portal.Domain.Engagement.Reports;

namespace Portal.Domain.Accounts;

/// <summary>Read side of membership: public profiles, and the operators' searchable member list.</summary>
public sealed class MemberDirectory(IDbContextFactory<PortalDbContext> contextFactory, MarkdownRenderer markdown, EngagementCalendar calendar, TimeProvider clock)
{
    public const int PageSize = 25;

    /// <summary>Members read per query by the CSV export.</summary>
    public const int ExportPageSize = 500;

    /// <summary>The export's name in the audit log (<see cref="ReportExports.AuditTargetType"/> target).</summary>
    public const string ExportName = "members";

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

    /// <summary>Operators find members by name or email and the filters of <paramref name="query"/>; newest first.</summary>
    public async Task<(IReadOnlyList<MemberAdminRow> Rows, int Total)> SearchAsync(MemberQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var users = Filter(db, query);
        var total = await users.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        var rows = await RowsAsync(db, users, (Math.Clamp(query.Page, 1, pageCount) - 1) * PageSize, PageSize, cancellationToken);
        return (rows, total);
    }

    /// <summary>Every member the filters match, newest first, a page of <see cref="ExportPageSize"/> at a time (the CSV export streams them).</summary>
    public async IAsyncEnumerable<IReadOnlyList<MemberAdminRow>> PagesAsync(MemberQuery query, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        for (var skip = 0; ; skip += ExportPageSize)
        {
            await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
            var rows = await RowsAsync(db, Filter(db, query), skip, ExportPageSize, cancellationToken);
            if (rows.Count > 0)
            {
                yield return rows;
            }

            if (rows.Count < ExportPageSize)
            {
                yield break;
            }
        }
    }

    /// <summary>The cities members gave, for the city filter.</summary>
    public async Task<IReadOnlyList<string>> CitiesAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var cities = await db.Users.Where(u => u.City != null).Select(u => u.City!).Distinct().ToListAsync(cancellationToken);
        return [.. cities.Order(StringComparer.CurrentCulture)];
    }

    /// <summary>Writes the audit entry of an operator's CSV export of the member list; the detail is the filters' address query.</summary>
    public async Task AuditExportedAsync(string operatorId, string filters, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        db.AuditEntries.Add(new AuditEntry
        {
            ActorId = operatorId,
            Action = AuditActions.ConsoleExported,
            TargetType = ReportExports.AuditTargetType,
            TargetId = ExportName,
            Detail = filters.Length == 0 ? null : filters,
            At = clock.GetUtcNow(),
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    private IQueryable<PortalUser> Filter(PortalDbContext db, MemberQuery query)
    {
        var users = db.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var term = query.Search.Trim();
            var upper = term.ToUpperInvariant();
            users = users.Where(u => u.DisplayName.Contains(term) || u.NormalizedEmail!.Contains(upper));
        }

        if (query.Verified is { } verified)
        {
            users = users.Where(u => u.Vehicles.Any(v => v.VerifiedAt != null) == verified);
        }

        if (query.ModelId is { } modelId)
        {
            users = users.Where(u => u.Vehicles.Any(v => v.ModelId == modelId));
        }

        if (!string.IsNullOrWhiteSpace(query.City))
        {
            var city = query.City.Trim();
            users = users.Where(u => u.City == city);
        }

        if (query.Role is { } role && Roles.Ids.TryGetValue(role, out var roleId))
        {
            users = users.Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && ur.RoleId == roleId));
        }

        if (query.JoinedFrom is { } from)
        {
            var start = calendar.StartOf(from.DayNumber);
            users = users.Where(u => u.JoinedAt >= start);
        }

        if (query.JoinedTo is { } to)
        {
            var end = calendar.StartOf(to.DayNumber + 1);
            users = users.Where(u => u.JoinedAt < end);
        }

        return users;
    }

    private async Task<List<MemberAdminRow>> RowsAsync(PortalDbContext db, IQueryable<PortalUser> users, int skip, int take, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var rows = await users
            .OrderByDescending(u => u.JoinedAt).ThenBy(u => u.Id)
            .Skip(skip)
            .Take(take)
            .Select(u => new
            {
                u.Id,
                u.DisplayName,
                u.Email,
                u.City,
                u.JoinedAt,
                u.LockoutEnd,
                Roles = db.UserRoles.Where(ur => ur.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!).ToList(),
                Vehicles = u.Vehicles.Count,
                Verified = u.Vehicles.Count(v => v.VerifiedAt != null),
            })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new MemberAdminRow(r.Id, r.DisplayName, r.Email ?? "", r.City, r.Roles, r.Vehicles, r.Verified, r.JoinedAt, r.LockoutEnd > now))];
    }
}
