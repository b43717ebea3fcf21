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
/// Operators' verification of members' cars: the VIN review that flags a year or maker code that looks wrong
/// (<see cref="Vin.Review"/>), and verifying, withdrawing or rejecting a car from the queue or a member's page. Each
/// checks the Operator role in the database again, is audited, and tells the owner (in their language).
/// </summary>
public sealed class VehicleVerification(
    IDbContextFactory<PortalDbContext> contextFactory, IOptionsMonitor<GarageOptions> options, IStringLocalizer<RejectionText> rejectionText,
    IActivityBus bus, TimeProvider clock)
{
    /// <summary>What looks wrong about a car's VIN against its model year and the brand's configured maker codes.</summary>
    public IReadOnlyList<VinFlag> Flags(string? vin, int modelYear) => vin is null ? [] : Vin.Review(vin, modelYear, options.CurrentValue.BrandWmis);

    /// <summary>An operator confirms (or withdraws) that a member really owns a car. Audited; the owner is told of a verification.</summary>
    public async Task<Result> SetVerifiedAsync(string operatorId, int vehicleId, bool verified, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var found = await FindForOperatorAsync(db, operatorId, vehicleId, cancellationToken);
        if (found.Value is not { } vehicle)
        {
            return found;
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
        note = GarageService.Normalize(note);
        if (reason == RejectionReason.Other && note is null)
        {
            return Result.Fail(GarageProblems.RejectionNoteRequired, "Note");
        }

        if (note?.Length > VehicleRejection.NoteMaxLength)
        {
            return Result.Fail(new Problem(GarageProblems.RejectionNoteTooLong, "Note", VehicleRejection.NoteMaxLength));
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var found = await FindForOperatorAsync(db, operatorId, vehicleId, cancellationToken);
        if (found.Value is not { } vehicle)
        {
            return found;
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

    /// <summary>
    /// The car an operator acts on, tracked by <paramref name="db"/>: refused unless they hold the Operator role (checked
    /// in the database again, not from their cookie) and the car exists.
    /// </summary>
    private static async Task<Result<Vehicle>> FindForOperatorAsync(PortalDbContext db, string operatorId, int vehicleId, CancellationToken cancellationToken)
    {
        if (!await db.IsInRoleAsync(operatorId, Roles.Operator, cancellationToken))
        {
            return new Problem(GarageProblems.NotAllowed);
        }

        var vehicle = await db.Vehicles.SingleOrDefaultAsync(v => v.Id == vehicleId, cancellationToken);
        return vehicle is null ? new Problem(GarageProblems.NotFound) : Result.Success(vehicle);
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

    /// <summary>Forgets a rejection: the car is verified, or its owner changed what was rejected.</summary>
    internal static void ClearRejection(Vehicle vehicle)
    {
        vehicle.RejectedAt = null;
        vehicle.RejectedById = null;
        vehicle.RejectionReason = null;
        vehicle.RejectionNote = null;
    }

    /// <summary>The car as a notification names it: "Aurelia Vela 2024" (model names are the same in both languages).</summary>
    private static async Task<string> CarNameAsync(PortalDbContext db, Vehicle vehicle, CancellationToken cancellationToken) =>
        $"{await db.VehicleModels.Where(m => m.Id == vehicle.ModelId).Select(m => m.Name).SingleAsync(cancellationToken)} {vehicle.Year.ToString(CultureInfo.InvariantCulture)}";
}
