using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Portal.Domain.Accounts;
using Portal.Domain.Garage;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Garage;

/// <summary>Editing, removing and verifying cars: only the owner edits, only an operator verifies.</summary>
public sealed class GarageOwnershipTests : IAsyncLifetime
{
    private const string FirstVin = "1M8GDM9AXKP042788";
    private const string SecondVin = "1HGCM82633A004352";

    private TestDatabase db = default!;
    private string owner = default!;
    private string op = default!;

    public async Task InitializeAsync()
    {
        db = await TestDatabase.CreateAsync();
        owner = await db.CreateMemberAsync("Owner One");
        op = await db.CreateMemberAsync("Operator One", Roles.Operator);
    }

    public async Task DisposeAsync() => await db.DisposeAsync();

    private GarageService Garage => db.Get<GarageService>();

    private VehicleVerification Verification => db.Get<VehicleVerification>();

    [Fact]
    public async Task UpdateVehicleAsync_with_a_new_vin_clears_the_verification()
    {
        var id = await AddVerifiedAsync(FirstVin);

        var result = await Garage.UpdateVehicleAsync(owner, id, new VehicleInput(1, 2024, SecondVin, null));

        Assert.True(result.Succeeded);
        var stored = await LoadAsync(id);
        Assert.Equal(SecondVin, stored.Vin);
        Assert.Null(stored.VerifiedAt);
        Assert.Null(stored.VerifiedById);
    }

    [Fact]
    public async Task UpdateVehicleAsync_with_a_new_model_clears_the_verification()
    {
        var id = await AddVerifiedAsync(FirstVin);

        Assert.True((await Garage.UpdateVehicleAsync(owner, id, new VehicleInput(2, 2024, FirstVin, null))).Succeeded);

        Assert.Null((await LoadAsync(id)).VerifiedAt);
    }

    [Fact]
    public async Task UpdateVehicleAsync_keeps_the_verification_when_only_the_nickname_changes()
    {
        var id = await AddVerifiedAsync(FirstVin);

        // Same VIN typed in lower case: the car's own VIN is not "taken", and it is still the same VIN.
        var result = await Garage.UpdateVehicleAsync(owner, id, new VehicleInput(1, 2024, FirstVin.ToLowerInvariant(), "Renamed"));

        Assert.True(result.Succeeded);
        var stored = await LoadAsync(id);
        Assert.Equal(("Renamed", FirstVin, op), (stored.Nickname, stored.Vin, stored.VerifiedById));
        Assert.NotNull(stored.VerifiedAt);
    }

    [Fact]
    public async Task UpdateVehicleAsync_refused_leaves_the_car_as_it_was()
    {
        var id = await AddVerifiedAsync(FirstVin);

        var result = await Garage.UpdateVehicleAsync(owner, id, new VehicleInput(1, 2024, "1M8GDM9A1KP042788", "Renamed"));

        Assert.Equal(GarageProblems.VinCheckDigit, Assert.Single(result.Problems).Code);
        var stored = await LoadAsync(id);
        Assert.Equal((FirstVin, (string?)null), (stored.Vin, stored.Nickname));
        Assert.NotNull(stored.VerifiedAt);
    }

    [Fact]
    public async Task Another_owner_cannot_edit_or_remove_your_car()
    {
        var id = await db.InsertVehicleAsync(owner, FirstVin);
        var other = await db.CreateMemberAsync("Owner Two");

        var update = await Garage.UpdateVehicleAsync(other, id, new VehicleInput(1, 2024, SecondVin, "Mine now"));
        var remove = await Garage.RemoveVehicleAsync(other, id);

        Assert.Equal(GarageProblems.NotFound, Assert.Single(update.Problems).Code);
        Assert.Equal(GarageProblems.NotFound, Assert.Single(remove.Problems).Code);
        var stored = await LoadAsync(id);
        Assert.Equal((owner, FirstVin, (string?)null), (stored.OwnerId, stored.Vin, stored.Nickname));
    }

    [Fact]
    public async Task RemoveVehicleAsync_by_the_owner_deletes_the_car()
    {
        var id = await db.InsertVehicleAsync(owner, FirstVin);

        Assert.True((await Garage.RemoveVehicleAsync(owner, id)).Succeeded);

        await using var read = db.CreateDbContext();
        Assert.False(await read.Vehicles.AnyAsync());
    }

    [Theory]
    [InlineData(null)]
    [InlineData(Roles.Editor)]
    public async Task SetVerifiedAsync_by_a_non_operator_is_refused_and_writes_nothing(string? role)
    {
        var id = await db.InsertVehicleAsync(owner, FirstVin);
        var actor = role is null ? owner : await db.CreateMemberAsync("Staff", role);

        var result = await Verification.SetVerifiedAsync(actor, id, verified: true);

        Assert.Equal(GarageProblems.NotAllowed, Assert.Single(result.Problems).Code);
        Assert.Null((await LoadAsync(id)).VerifiedAt);
        await using var read = db.CreateDbContext();
        Assert.False(await read.AuditEntries.AnyAsync());
    }

    [Fact]
    public async Task SetVerifiedAsync_by_an_operator_verifies_once_and_audits_once()
    {
        var id = await db.InsertVehicleAsync(owner, FirstVin);
        db.Clock.Advance(TimeSpan.FromHours(3));

        Assert.True((await Verification.SetVerifiedAsync(op, id, verified: true)).Succeeded);
        Assert.True((await Verification.SetVerifiedAsync(op, id, verified: true)).Succeeded);

        var stored = await LoadAsync(id);
        Assert.Equal((TestDatabase.Start.AddHours(3), op), (stored.VerifiedAt, stored.VerifiedById));
        await using var read = db.CreateDbContext();
        var audit = Assert.Single(await read.AuditEntries.ToListAsync());
        Assert.Equal((op, AuditActions.VehicleVerified, nameof(Vehicle)), (audit.ActorId, audit.Action, audit.TargetType));
        Assert.Equal(id.ToString(CultureInfo.InvariantCulture), audit.TargetId);
        Assert.True((await Garage.GetGarageAsync(owner)).Single().Verified);
    }

    [Fact]
    public async Task SetVerifiedAsync_withdrawing_clears_the_verification_and_is_audited()
    {
        var id = await AddVerifiedAsync(FirstVin);

        Assert.True((await Verification.SetVerifiedAsync(op, id, verified: false)).Succeeded);

        Assert.Null((await LoadAsync(id)).VerifiedById);
        await using var read = db.CreateDbContext();
        Assert.Equal(
            [AuditActions.VehicleVerified, AuditActions.VehicleUnverified],
            await read.AuditEntries.OrderBy(a => a.Id).Select(a => a.Action).ToListAsync());
    }

    [Fact]
    public async Task SetVerifiedAsync_refuses_a_car_without_vin_and_writes_nothing()
    {
        var id = await db.InsertVehicleAsync(owner, vin: null);

        var result = await Verification.SetVerifiedAsync(op, id, verified: true);

        Assert.Equal(GarageProblems.VinRequiredToVerify, Assert.Single(result.Problems).Code);
        var stored = await LoadAsync(id);
        Assert.Equal((null, null), (stored.VerifiedAt, stored.VerifiedById));
        await using var read = db.CreateDbContext();
        Assert.False(await read.AuditEntries.AnyAsync());
    }

    [Fact]
    public async Task SetVerifiedAsync_can_still_withdraw_a_verification_from_a_car_without_vin()
    {
        var id = await db.InsertVehicleAsync(owner, vin: null, verified: true);

        Assert.True((await Verification.SetVerifiedAsync(op, id, verified: false)).Succeeded);

        Assert.Null((await LoadAsync(id)).VerifiedAt);
    }

    [Fact]
    public async Task SetVerifiedAsync_on_a_missing_car_is_not_found() =>
        Assert.Equal(GarageProblems.NotFound, Assert.Single((await Verification.SetVerifiedAsync(op, 4242, verified: true)).Problems).Code);

    private async Task<int> AddVerifiedAsync(string vin)
    {
        var added = await Garage.AddVehicleAsync(owner, new VehicleInput(1, 2024, vin, null));
        Assert.True((await Verification.SetVerifiedAsync(op, added.Value, verified: true)).Succeeded);
        return added.Value;
    }

    private async Task<Vehicle> LoadAsync(int id)
    {
        await using var read = db.CreateDbContext();
        return await read.Vehicles.AsNoTracking().SingleAsync(v => v.Id == id);
    }
}
