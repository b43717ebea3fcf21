using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Accounts;
using Portal.Domain.Data;
using Portal.Domain.Garage;
using Portal.Domain.Seeding;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Garage;

public sealed class GarageServiceTests(PortalAppFactory factory) : IClassFixture<PortalAppFactory>
{
    [Fact]
    public async Task A_valid_car_is_added_with_the_vin_upper_cased()
    {
        var (garage, db, ownerId) = await ArrangeAsync(DemoAccounts.EditorEmail);
        var vin = Vin.WithCheckDigit("LAUB1EK00NS700001");

        var result = await garage.AddVehicleAsync(ownerId, new VehicleInput(1, 2024, vin.ToLowerInvariant(), " Blue "));

        Assert.True(result.Succeeded);
        var saved = await db.Vehicles.AsNoTracking().SingleAsync(v => v.Id == result.Value);
        Assert.Equal(vin, saved.Vin);
        Assert.Equal("Blue", saved.Nickname);
    }

    [Theory]
    [InlineData("LAUB1EK00NS70000", GarageProblems.VinWrongLength)]
    [InlineData("LAUB1EK00NS7000O1", GarageProblems.VinInvalidCharacter)]
    public async Task A_bad_vin_is_refused_and_nothing_is_written(string vin, string expected)
    {
        var (garage, db, ownerId) = await ArrangeAsync(DemoAccounts.OperatorEmail);
        var before = await db.Vehicles.CountAsync();

        var result = await garage.AddVehicleAsync(ownerId, new VehicleInput(2, 2023, vin, null));

        var problem = Assert.Single(result.Problems);
        Assert.Equal(expected, problem.Code);
        Assert.Equal(nameof(VehicleInput.Vin), problem.Field);
        Assert.Equal(before, await db.Vehicles.CountAsync());
    }

    [Fact]
    public async Task A_vin_with_a_wrong_check_digit_is_refused_with_the_right_digit()
    {
        var (garage, _, ownerId) = await ArrangeAsync(DemoAccounts.OperatorEmail);
        var valid = Vin.WithCheckDigit("LAUB1EK00NS700002");
        var wrong = valid[..8] + (valid[8] == '3' ? '4' : '3') + valid[9..];

        var result = await garage.AddVehicleAsync(ownerId, new VehicleInput(2, 2023, wrong, null));

        var problem = Assert.Single(result.Problems);
        Assert.Equal(GarageProblems.VinCheckDigit, problem.Code);
        Assert.Equal(valid[8].ToString(), problem.Args[0]);
    }

    [Fact]
    public async Task A_year_the_model_was_not_built_is_refused()
    {
        var (garage, _, ownerId) = await ArrangeAsync(DemoAccounts.EditorEmail);

        var result = await garage.AddVehicleAsync(ownerId, new VehicleInput(6, 2019, null, null));

        Assert.Equal(GarageProblems.YearOutOfRange, Assert.Single(result.Problems).Code);
    }

    [Fact]
    public async Task A_vin_already_in_another_garage_is_refused()
    {
        var (garage, db, ownerId) = await ArrangeAsync(DemoAccounts.EditorEmail);
        var taken = await db.Vehicles.Where(v => v.Vin != null && v.OwnerId != ownerId).Select(v => v.Vin!).FirstAsync();

        var result = await garage.AddVehicleAsync(ownerId, new VehicleInput(1, 2024, taken, null));

        Assert.Equal(GarageProblems.VinTaken, Assert.Single(result.Problems).Code);
    }

    [Fact]
    public async Task Only_operators_verify_cars_and_each_verification_is_audited()
    {
        var (garage, db, ownerId) = await ArrangeAsync(DemoAccounts.OwnerEmail);
        var operatorId = await db.Users.Where(u => u.Email == DemoAccounts.OperatorEmail).Select(u => u.Id).SingleAsync();
        var car = await db.Vehicles.AsNoTracking().FirstAsync(v => v.OwnerId == ownerId && v.VerifiedAt == null);

        var carId = car.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);

        var refused = await garage.SetVerifiedAsync(ownerId, car.Id, verified: true);
        var verified = await garage.SetVerifiedAsync(operatorId, car.Id, verified: true);

        Assert.Equal(GarageProblems.NotAllowed, Assert.Single(refused.Problems).Code);
        Assert.True(verified.Succeeded);
        Assert.NotNull((await db.Vehicles.AsNoTracking().SingleAsync(v => v.Id == car.Id)).VerifiedAt);
        Assert.Equal(1, await db.AuditEntries.CountAsync(a => a.Action == AuditActions.VehicleVerified && a.TargetId == carId));
    }

    [Fact]
    public async Task Another_member_cannot_remove_your_car()
    {
        var (garage, db, _) = await ArrangeAsync(DemoAccounts.EditorEmail);
        var someoneElses = await db.Vehicles.AsNoTracking().FirstAsync(v => v.Owner!.Email != DemoAccounts.EditorEmail);
        var editorId = await db.Users.Where(u => u.Email == DemoAccounts.EditorEmail).Select(u => u.Id).SingleAsync();

        var result = await garage.RemoveVehicleAsync(editorId, someoneElses.Id);

        Assert.Equal(GarageProblems.NotFound, Assert.Single(result.Problems).Code);
        Assert.True(await db.Vehicles.AnyAsync(v => v.Id == someoneElses.Id));
    }

    private async Task<(GarageService Garage, PortalDbContext Db, string OwnerId)> ArrangeAsync(string email)
    {
        var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var ownerId = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
        return (scope.ServiceProvider.GetRequiredService<GarageService>(), db, ownerId);
    }
}
