using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Portal.Domain.Data;

namespace Portal.Domain.Engagement;

/// <summary>Members' segments as their account and garage say now: the one place models, verified and region are worked out.</summary>
internal sealed class MemberSegments(PortalDbContext db)
{
    /// <summary>The segment of each of <paramref name="memberIds"/> (every member when null), without last activity.</summary>
    public async Task<Dictionary<string, MemberSegment>> CurrentAsync(IReadOnlyCollection<string>? memberIds, CancellationToken cancellationToken)
    {
        var users = db.Users.AsNoTracking();
        var vehicles = db.Vehicles.AsNoTracking();
        if (memberIds is not null)
        {
            users = users.Where(u => memberIds.Contains(u.Id));
            vehicles = vehicles.Where(v => memberIds.Contains(v.OwnerId));
        }

        var members = await users.Select(u => new { u.Id, u.JoinedAt, u.City }).ToListAsync(cancellationToken);
        var cars = (await vehicles.Select(v => new { v.OwnerId, v.ModelId, Verified = v.VerifiedAt != null }).ToListAsync(cancellationToken))
            .ToLookup(v => v.OwnerId);
        return members.ToDictionary(
            m => m.Id,
            m => new MemberSegment(m.JoinedAt, ModelList(cars[m.Id].Select(c => c.ModelId)), cars[m.Id].Any(c => c.Verified), RegionOf(m.City), LastActiveAt: null),
            StringComparer.Ordinal);
    }

    private static string ModelList(IEnumerable<int> modelIds) =>
        string.Join(',', modelIds.Distinct().Order().Select(id => id.ToString(CultureInfo.InvariantCulture)));

    private static string? RegionOf(string? city) => string.IsNullOrWhiteSpace(city) ? null : city.Trim();
}
