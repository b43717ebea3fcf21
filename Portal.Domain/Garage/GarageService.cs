using Microsoft.EntityFrameworkCore;
using Portal.Domain.Accounts;
using Portal.Domain.Data;

namespace Portal.Domain.Garage;

/// <summary>An owner's garage: the cars they own, and operators' verification of them.</summary>
public sealed class GarageService(IDbContextFactory<PortalDbContext> contextFactory, TimeProvider clock)
{
    public const int MaxVehicles = 10;

    public async Task<IReadOnlyList<VehicleModel>> GetCatalogAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.VehicleModels.AsNoTracking().OrderBy(m => m.Id).ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<GarageVehicle>> GetGarageAsync(string ownerId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.Vehicles.AsNoTracking()
            .Where(v => v.OwnerId == ownerId)
            .OrderBy(v => v.AddedAt)
            .Select(v => new GarageVehicle(v.Id, v.ModelId, v.Model!.Name, v.Model.Powertrain, v.Year, v.Nickname, v.Vin, v.VerifiedAt != null, v.AddedAt))
            .ToListAsync(cancellationToken);
    }

    public async Task<Result<int>> AddVehicleAsync(string ownerId, VehicleInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (await db.Vehicles.CountAsync(v => v.OwnerId == ownerId, cancellationToken) >= MaxVehicles)
        {
            return new Problem(GarageProblems.GarageFull, null, MaxVehicles);
        }

        var validation = await ValidateAsync(db, input, vehicleId: null, cancellationToken);
        if (!validation.Succeeded)
        {
            return validation.As<int>();
        }

        var vehicle = new Vehicle
        {
            OwnerId = ownerId,
            ModelId = input.ModelId,
            Year = input.Year,
            Nickname = Normalize(input.Nickname),
            Vin = NormalizeVin(input.Vin),
            AddedAt = clock.GetUtcNow(),
        };
        db.Vehicles.Add(vehicle);
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success(vehicle.Id);
    }

    /// <summary>Edits a car. A changed VIN or model clears the verification, since what was checked has changed.</summary>
    public async Task<Result> UpdateVehicleAsync(string ownerId, int vehicleId, VehicleInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var vehicle = await db.Vehicles.SingleOrDefaultAsync(v => v.Id == vehicleId && v.OwnerId == ownerId, cancellationToken);
        if (vehicle is null)
        {
            return Result.Fail(GarageProblems.NotFound);
        }

        var validation = await ValidateAsync(db, input, vehicleId, cancellationToken);
        if (!validation.Succeeded)
        {
            return validation;
        }

        var vin = NormalizeVin(input.Vin);
        if (vin != vehicle.Vin || input.ModelId != vehicle.ModelId)
        {
            vehicle.VerifiedAt = null;
            vehicle.VerifiedById = null;
        }

        vehicle.ModelId = input.ModelId;
        vehicle.Year = input.Year;
        vehicle.Vin = vin;
        vehicle.Nickname = Normalize(input.Nickname);
        await db.SaveChangesAsync(cancellationToken);
        return Result.Ok;
    }

    public async Task<Result> RemoveVehicleAsync(string ownerId, int vehicleId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var removed = await db.Vehicles.Where(v => v.Id == vehicleId && v.OwnerId == ownerId).ExecuteDeleteAsync(cancellationToken);
        return removed == 1 ? Result.Ok : Result.Fail(GarageProblems.NotFound);
    }

    /// <summary>An operator confirms (or withdraws) that a member really owns a car. Audited.</summary>
    public async Task<Result> SetVerifiedAsync(string operatorId, int vehicleId, bool verified, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (!await db.IsInRoleAsync(operatorId, Roles.Operator, cancellationToken))
        {
            return Result.Fail(GarageProblems.NotAllowed);
        }

        var vehicle = await db.Vehicles.SingleOrDefaultAsync(v => v.Id == vehicleId, cancellationToken);
        if (vehicle is null)
        {
            return Result.Fail(GarageProblems.NotFound);
        }

        // Verifying means checking the VIN against the owner's registration: without one there is nothing to check.
        // Withdrawing stays possible, so a car verified before this rule can still be cleared.
        if (verified && vehicle.Vin is null)
        {
            return Result.Fail(GarageProblems.VinRequiredToVerify);
        }

        if ((vehicle.VerifiedAt is not null) == verified)
        {
            return Result.Ok;
        }

        var now = clock.GetUtcNow();
        vehicle.VerifiedAt = verified ? now : null;
        vehicle.VerifiedById = verified ? operatorId : null;
        db.AuditEntries.Add(new AuditEntry
        {
            ActorId = operatorId,
            Action = verified ? AuditActions.VehicleVerified : AuditActions.VehicleUnverified,
            TargetType = nameof(Vehicle),
            TargetId = vehicle.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Detail = $"owner {vehicle.OwnerId}",
            At = now,
        });
        await db.SaveChangesAsync(cancellationToken);
        return Result.Ok;
    }

    private async Task<Result> ValidateAsync(PortalDbContext db, VehicleInput input, int? vehicleId, CancellationToken cancellationToken)
    {
        var problems = new List<Problem>();
        var model = await db.VehicleModels.AsNoTracking().SingleOrDefaultAsync(m => m.Id == input.ModelId, cancellationToken);
        if (model is null)
        {
            problems.Add(new Problem(GarageProblems.UnknownModel, nameof(VehicleInput.ModelId)));
        }
        else if (!model.OffersYear(input.Year, clock.GetUtcNow().Year))
        {
            problems.Add(new Problem(GarageProblems.YearOutOfRange, nameof(VehicleInput.Year), model.Name, model.FirstYear, model.LastYear ?? clock.GetUtcNow().Year + 1));
        }

        if (Normalize(input.Nickname)?.Length > Vehicle.NicknameMaxLength)
        {
            problems.Add(new Problem(GarageProblems.NicknameTooLong, nameof(VehicleInput.Nickname), Vehicle.NicknameMaxLength));
        }

        if (!string.IsNullOrWhiteSpace(input.Vin))
        {
            var check = Vin.Validate(input.Vin);
            if (GarageProblems.ForVin(check) is { } vinProblem)
            {
                problems.Add(vinProblem);
            }
            else if (await db.Vehicles.AnyAsync(v => v.Vin == check.Normalized && v.Id != vehicleId, cancellationToken))
            {
                problems.Add(new Problem(GarageProblems.VinTaken, nameof(VehicleInput.Vin)));
            }
        }

        return problems.Count == 0 ? Result.Ok : Result.Fail([.. problems]);
    }

    private static string? Normalize(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static string? NormalizeVin(string? vin) => string.IsNullOrWhiteSpace(vin) ? null : vin.Trim().ToUpperInvariant();
}
