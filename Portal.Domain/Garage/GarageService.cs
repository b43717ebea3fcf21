using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Portal.Domain.Accounts;
using Portal.Domain.Activity;
using Portal.Domain.Data;
using Portal.Domain.Messaging;
using Portal.Domain.Notifications;

namespace Portal.Domain.Garage;

/// <summary>
/// An owner's garage: the cars they own, and operators' verification of them. A well-formed VIN whose year or maker code
/// looks wrong is saved and flagged (<see cref="Vin.Review"/>); verifying or rejecting a car tells its owner.
/// </summary>
public sealed class GarageService(
    IDbContextFactory<PortalDbContext> contextFactory, IOptionsMonitor<GarageOptions> options, IStringLocalizer<RejectionText> rejectionText,
    IActivityBus bus, TimeProvider clock)
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
            v.Id, v.ModelId, v.Model, v.Powertrain, v.Year, v.Nickname, v.Vin, v.VerifiedAt != null, v.AddedAt, Flags(v.Vin, v.Year),
            v.RejectedAt is { } at && v.RejectionReason is { } reason ? new VehicleRejection(reason, v.RejectionNote, at) : null))];
    }

    /// <summary>What looks wrong about a car's VIN against its model year and the brand's configured maker codes.</summary>
    public IReadOnlyList<VinFlag> Flags(string? vin, int modelYear) => vin is null ? [] : Vin.Review(vin, modelYear, options.CurrentValue.BrandWmis);

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
            ClearRejection(vehicle);
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

    /// <summary>An operator confirms (or withdraws) that a member really owns a car. Audited; the owner is told of a verification.</summary>
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
        ClearRejection(vehicle);
        Audit(db, operatorId, verified ? AuditActions.VehicleVerified : AuditActions.VehicleUnverified, vehicle, $"owner {vehicle.OwnerId}", now);
        IReadOnlyList<string> notified = [];
        if (verified)
        {
            notified = await NotificationWriter.AddAsync(
                db, [vehicle.OwnerId], NotificationKind.VehicleVerified, operatorId, await CarNameAsync(db, vehicle, cancellationToken), MemberUrls.Garage, now,
                cancellationToken: cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        await bus.PublishNotificationsAsync(notified, now, cancellationToken);
        return Result.Ok;
    }

    /// <summary>
    /// An operator declines to verify a car, with a preset reason and (required for <see cref="RejectionReason.Other"/>)
    /// a note. The car leaves the queue until its owner changes the VIN or model; the owner is told why, in their
    /// language. Audited.
    /// </summary>
    public async Task<Result> RejectAsync(string operatorId, int vehicleId, RejectionReason reason, string? note, CancellationToken cancellationToken = default)
    {
        note = Normalize(note);
        if (reason == RejectionReason.Other && note is null)
        {
            return Result.Fail(GarageProblems.RejectionNoteRequired, "Note");
        }

        if (note?.Length > VehicleRejection.NoteMaxLength)
        {
            return Result.Fail(new Problem(GarageProblems.RejectionNoteTooLong, "Note", VehicleRejection.NoteMaxLength));
        }

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

        if (vehicle.VerifiedAt is not null)
        {
            return Result.Fail(GarageProblems.AlreadyVerified);
        }

        var now = clock.GetUtcNow();
        vehicle.RejectedAt = now;
        vehicle.RejectedById = operatorId;
        vehicle.RejectionReason = reason;
        vehicle.RejectionNote = note;
        Audit(db, operatorId, AuditActions.VehicleRejected, vehicle, note is null ? reason.ToString() : $"{reason}: {note}", now);
        var culture = await db.Users.Where(u => u.Id == vehicle.OwnerId).Select(u => u.PreferredCulture).SingleAsync(cancellationToken);
        var why = new VehicleRejection(reason, note, now).DescribeIn(rejectionText, MessageLanguage.Culture(culture));
        var notified = await NotificationWriter.AddAsync(
            db, [vehicle.OwnerId], NotificationKind.VehicleRejected, operatorId, await CarNameAsync(db, vehicle, cancellationToken), MemberUrls.Garage, now,
            excerpt: why, cancellationToken: cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await bus.PublishNotificationsAsync(notified, now, cancellationToken);
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

    private static void Audit(PortalDbContext db, string operatorId, string action, Vehicle vehicle, string detail, DateTimeOffset at) =>
        db.AuditEntries.Add(new AuditEntry
        {
            ActorId = operatorId,
            Action = action,
            TargetType = nameof(Vehicle),
            TargetId = vehicle.Id.ToString(CultureInfo.InvariantCulture),
            Detail = detail,
            At = at,
        });

    private static void ClearRejection(Vehicle vehicle)
    {
        vehicle.RejectedAt = null;
        vehicle.RejectedById = null;
        vehicle.RejectionReason = null;
        vehicle.RejectionNote = null;
    }

    /// <summary>The car as a notification names it: "Aurelia Vela 2024" (model names are the same in both languages).</summary>
    private static async Task<string> CarNameAsync(PortalDbContext db, Vehicle vehicle, CancellationToken cancellationToken) =>
        $"{await db.VehicleModels.Where(m => m.Id == vehicle.ModelId).Select(m => m.Name).SingleAsync(cancellationToken)} {vehicle.Year.ToString(CultureInfo.InvariantCulture)}";

    private static string? Normalize(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static string? NormalizeVin(string? vin) => string.IsNullOrWhiteSpace(vin) ? null : vin.Trim().ToUpperInvariant();
}
