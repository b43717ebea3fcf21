using Microsoft.EntityFrameworkCore;
using Portal.Domain.Data;

namespace Portal.Domain.Garage;

/// <summary>
/// An owner's garage: the cars they own. A well-formed VIN whose year or maker code looks wrong is saved and flagged
/// (<see cref="VehicleVerification.Flags"/>); operators verify or reject cars with <see cref="VehicleVerification"/>, and a
/// rejected car returns to their queue when its owner changes the VIN or model.
/// </summary>
public sealed class GarageService(IDbContextFactory<PortalDbContext> contextFactory, VehicleVerification verification, TimeProvider clock)
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
        var rows = await db.Vehicles.AsNoTracking()
            .Where(v => v.OwnerId == ownerId)
            .OrderBy(v => v.AddedAt)
            .Select(v => new { v.Id, v.ModelId, Model = v.Model!.Name, v.Model.Powertrain, v.Year, v.Nickname, v.Vin, v.VerifiedAt, v.AddedAt, v.RejectedAt, v.RejectionReason, v.RejectionNote })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(v => new GarageVehicle(
            v.Id, v.ModelId, v.Model, v.Powertrain, v.Year, v.Nickname, v.Vin, v.VerifiedAt != null, v.AddedAt, verification.Flags(v.Vin, v.Year),
            v.RejectedAt is { } at && v.RejectionReason is { } reason ? new VehicleRejection(reason, v.RejectionNote, at) : null))];
    }

    public async Task<Result<int>> AddVehicleAsync(string ownerId, VehicleInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);

        // Two adds racing for a garage's last place must not both pass the count, so the count and the insert share a
        // write transaction that is locked before the count. On SQLite it holds the database's single write lock from
        // its start (Microsoft.Data.Sqlite begins transactions with BEGIN IMMEDIATE; a deferred one would deadlock
        // when its read turns into a write) and concurrent adds wait on the busy timeout. On PostgreSQL the no-op
        // write to the owner's row below is the lock: adds to the same garage queue up, other garages carry on, and
        // the count (READ COMMITTED) sees the car the add before it committed. The unique VIN index has the last
        // word on VINs: see SaveAsync.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Users.Where(u => u.Id == ownerId)
            .ExecuteUpdateAsync(set => set.SetProperty(u => u.ConcurrencyStamp, u => u.ConcurrencyStamp), cancellationToken);
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
        var saved = await SaveAsync(db, vehicle, cancellationToken);
        if (!saved.Succeeded)
        {
            return saved.As<int>();
        }

        await transaction.CommitAsync(cancellationToken);
        return Result.Success(vehicle.Id);
    }

    /// <summary>
    /// Edits a car. A changed VIN or model clears the verification, since what was checked has changed, and a rejection,
    /// so the car is back in the operators' queue.
    /// </summary>
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
            VehicleVerification.ClearRejection(vehicle);
        }

        vehicle.ModelId = input.ModelId;
        vehicle.Year = input.Year;
        vehicle.Vin = vin;
        vehicle.Nickname = Normalize(input.Nickname);
        return await SaveAsync(db, vehicle, cancellationToken);
    }

    public async Task<Result> RemoveVehicleAsync(string ownerId, int vehicleId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var removed = await db.Vehicles.Where(v => v.Id == vehicleId && v.OwnerId == ownerId).ExecuteDeleteAsync(cancellationToken);
        return removed == 1 ? Result.Ok : Result.Fail(GarageProblems.NotFound);
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

    /// <summary>
    /// Saves a new or edited car. The VIN check in <see cref="ValidateAsync"/> can pass for two requests at once; the
    /// unique index then refuses the second, which is the same answer as the check: the VIN is taken.
    /// </summary>
    private async Task<Result> SaveAsync(PortalDbContext db, Vehicle vehicle, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return Result.Ok;
        }
        catch (DbUpdateException) when (vehicle.Vin is not null)
        {
            // A fresh context: after a failed statement PostgreSQL refuses further commands in the same transaction.
            await using var check = await contextFactory.CreateDbContextAsync(cancellationToken);
            if (await check.Vehicles.AnyAsync(v => v.Vin == vehicle.Vin && v.Id != vehicle.Id, cancellationToken))
            {
                return Result.Fail(GarageProblems.VinTaken, nameof(VehicleInput.Vin));
            }

            throw;
        }
    }

    internal static string? Normalize(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static string? NormalizeVin(string? vin) => string.IsNullOrWhiteSpace(vin) ? null : vin.Trim().ToUpperInvariant();
}
