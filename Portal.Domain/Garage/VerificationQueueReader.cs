using Microsoft.EntityFrameworkCore;
using Portal.Domain.Data;

namespace Portal.Domain.Garage;

/// <summary>
/// The operators' queue of cars waiting for verification: a VIN given, not verified, not rejected (a rejected car comes
/// back when its owner changes the VIN or model), oldest first. Verifying and rejecting go through <see cref="VehicleVerification"/>.
/// </summary>
public sealed class VerificationQueueReader(IDbContextFactory<PortalDbContext> contextFactory, VehicleVerification verification)
{
    public const int PageSize = 20;

    public async Task<VerificationQueuePage> PageAsync(VerificationQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var waiting = Waiting(db);
        if (query.ModelId is { } modelId)
        {
            waiting = waiting.Where(v => v.ModelId == modelId);
        }

        if (!string.IsNullOrWhiteSpace(query.City))
        {
            var city = query.City.Trim();
            waiting = waiting.Where(v => v.Owner!.City == city);
        }

        var total = await waiting.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        var page = Math.Clamp(query.Page, 1, pageCount);
        var rows = await waiting
            .OrderBy(v => v.AddedAt).ThenBy(v => v.Id)
            .Skip((page - 1) * PageSize)
            .Take(PageSize)
            .Select(v => new { v.Id, v.OwnerId, v.Owner!.DisplayName, v.Owner.City, Model = v.Model!.Name, v.Year, v.Vin, v.AddedAt })
            .ToListAsync(cancellationToken);
        return new VerificationQueuePage(
            [.. rows.Select(r => new QueuedVehicle(r.Id, r.OwnerId, r.DisplayName, r.City, r.Model, r.Year, r.Vin!, r.AddedAt, verification.Flags(r.Vin, r.Year)))],
            page, pageCount, total);
    }

    /// <summary>The cities of the owners whose cars wait, for the city filter.</summary>
    public async Task<IReadOnlyList<string>> CitiesAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var cities = await Waiting(db).Where(v => v.Owner!.City != null).Select(v => v.Owner!.City!).Distinct().ToListAsync(cancellationToken);
        return [.. cities.Order(StringComparer.CurrentCulture)];
    }

    private static IQueryable<Vehicle> Waiting(PortalDbContext db) =>
        db.Vehicles.AsNoTracking().Where(v => v.Vin != null && v.VerifiedAt == null && v.RejectedAt == null);
}
