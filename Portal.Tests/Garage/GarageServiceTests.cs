using Microsoft.EntityFrameworkCore;
using Portal.Domain;
using Portal.Domain.Garage;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Garage;

/// <summary>Adding cars to a garage: VIN, model-year and capacity rules, against a real database.</summary>
public sealed class GarageServiceTests : IAsyncLifetime
{
    private const int Nova = 1; // 2020 onwards, still on sale
    private const int Lyra = 4; // 2017 to 2023
    private const string ValidVin = "1M8GDM9AXKP042788";

    private TestDatabase db = default!;
    private string owner = default!;

    public async Task InitializeAsync()
    {
        db = await TestDatabase.CreateAsync();
        owner = await db.CreateMemberAsync("Owner One");
    }

    public async Task DisposeAsync() => await db.DisposeAsync();

    private GarageService Garage => db.Get<GarageService>();

    [Fact]
    public async Task AddVehicleAsync_stores_a_valid_vin_upper_cased_and_trimmed()
    {
        var result = await Garage.AddVehicleAsync(owner, new VehicleInput(Nova, 2024, " 1m8gdm9axkp042788 ", "  Blue  "));

        Assert.True(result.Succeeded);
        await using var read = db.CreateDbContext();
        var stored = await read.Vehicles.SingleAsync();
        Assert.Equal(result.Value, stored.Id);
        Assert.Equal((ValidVin, "Blue", owner, 2024), (stored.Vin, stored.Nickname, stored.OwnerId, stored.Year));
        Assert.Equal(TestDatabase.Start, stored.AddedAt);
        Assert.Null(stored.VerifiedAt);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    public async Task AddVehicleAsync_accepts_a_car_without_vin(string? vin)
    {
        var result = await Garage.AddVehicleAsync(owner, new VehicleInput(Nova, 2022, vin, null));

        Assert.True(result.Succeeded);
        await using var read = db.CreateDbContext();
        Assert.Null((await read.Vehicles.SingleAsync()).Vin);
    }

    [Theory]
    [InlineData("1M8GDM9AXKP04278", GarageProblems.VinWrongLength, 16)]
    [InlineData("1M8GDM9AXKP0427888", GarageProblems.VinWrongLength, 18)]
    [InlineData("1M8GDM9AXKP0427O8", GarageProblems.VinInvalidCharacter, "O")]
    [InlineData("IM8GDM9AXKP042788", GarageProblems.VinInvalidCharacter, "I")]
    [InlineData("1M8GDM9A1KP042788", GarageProblems.VinCheckDigit, null)] // no hint of the digit that would pass
    public async Task AddVehicleAsync_refuses_a_bad_vin_on_the_vin_field_and_writes_nothing(string vin, string code, object? arg)
    {
        await db.InsertVehicleAsync(owner, Vin.WithCheckDigit("LAUB1EK00NS100000"));

        var result = await Garage.AddVehicleAsync(owner, new VehicleInput(Nova, 2024, vin, "Nope"));

        Assert.False(result.Succeeded);
        var problem = Assert.Single(result.Problems);
        Assert.Equal((code, nameof(VehicleInput.Vin)), (problem.Code, problem.Field));
        Assert.Equal(arg is null ? [] : [arg], problem.Args);
        Assert.Equal(1, await CountVehiclesAsync());
    }

    [Theory]
    [InlineData(Nova, 2019)] // before the model existed
    [InlineData(Nova, 2028)] // beyond next year's model year (the clock says 2026)
    [InlineData(Lyra, 2024)] // after the model was discontinued
    public async Task AddVehicleAsync_refuses_a_year_the_model_was_not_made(int modelId, int year)
    {
        var result = await Garage.AddVehicleAsync(owner, new VehicleInput(modelId, year, null, null));

        var problem = Assert.Single(result.Problems);
        Assert.Equal((GarageProblems.YearOutOfRange, nameof(VehicleInput.Year)), (problem.Code, problem.Field));
        Assert.Equal(0, await CountVehiclesAsync());
    }

    [Theory]
    [InlineData(Nova, 2020)]
    [InlineData(Nova, 2027)] // next year's models are on sale already
    [InlineData(Lyra, 2017)]
    [InlineData(Lyra, 2023)]
    public async Task AddVehicleAsync_accepts_the_first_and_last_model_years(int modelId, int year) =>
        Assert.True((await Garage.AddVehicleAsync(owner, new VehicleInput(modelId, year, null, null))).Succeeded);

    [Fact]
    public async Task AddVehicleAsync_reports_every_problem_at_once()
    {
        var result = await Garage.AddVehicleAsync(owner, new VehicleInput(99, 2024, "TOO-SHORT", new string('n', 41)));

        Assert.Equal(
            [GarageProblems.UnknownModel, GarageProblems.NicknameTooLong, GarageProblems.VinWrongLength],
            result.Problems.Select(p => p.Code));
        Assert.Equal(0, await CountVehiclesAsync());
    }

    [Fact]
    public async Task AddVehicleAsync_refuses_a_vin_already_in_another_members_garage()
    {
        var other = await db.CreateMemberAsync("Owner Two");
        Assert.True((await Garage.AddVehicleAsync(other, new VehicleInput(Nova, 2024, ValidVin, null))).Succeeded);

        var result = await Garage.AddVehicleAsync(owner, new VehicleInput(Nova, 2024, ValidVin.ToLowerInvariant(), null));

        var problem = Assert.Single(result.Problems);
        Assert.Equal((GarageProblems.VinTaken, nameof(VehicleInput.Vin)), (problem.Code, problem.Field));
        await using var read = db.CreateDbContext();
        Assert.Equal(other, (await read.Vehicles.SingleAsync()).OwnerId);
    }

    [Fact]
    public async Task AddVehicleAsync_refuses_an_eleventh_car()
    {
        for (var i = 0; i < GarageService.MaxVehicles; i++)
        {
            var added = await Garage.AddVehicleAsync(owner, new VehicleInput(Nova, 2024, null, $"Car {i}"));
            Assert.True(added.Succeeded);
        }

        var result = await Garage.AddVehicleAsync(owner, new VehicleInput(Nova, 2024, null, "One too many"));

        var problem = Assert.Single(result.Problems);
        Assert.Equal(GarageProblems.GarageFull, problem.Code);
        Assert.Equal([GarageService.MaxVehicles], problem.Args);
        Assert.Equal(GarageService.MaxVehicles, await CountVehiclesAsync());
        Assert.True((await Garage.AddVehicleAsync(await db.CreateMemberAsync("Owner Two"), new VehicleInput(Nova, 2024, null, null))).Succeeded);
    }

    [Fact]
    public async Task GetGarageAsync_lists_only_the_owners_cars_oldest_first()
    {
        var other = await db.CreateMemberAsync("Owner Two");
        await Garage.AddVehicleAsync(owner, new VehicleInput(Nova, 2024, null, "First"));
        db.Clock.Advance(TimeSpan.FromDays(1));
        await Garage.AddVehicleAsync(other, new VehicleInput(Nova, 2024, null, "Not mine"));
        await Garage.AddVehicleAsync(owner, new VehicleInput(Lyra, 2020, ValidVin, "Second"));

        var garage = await Garage.GetGarageAsync(owner);

        Assert.Equal(["First", "Second"], garage.Select(v => v.Nickname));
        Assert.Equal(("Aurelia Lyra", Powertrain.Hybrid, ValidVin), (garage[1].ModelName, garage[1].Powertrain, garage[1].Vin));
    }

    private async Task<int> CountVehiclesAsync()
    {
        await using var read = db.CreateDbContext();
        return await read.Vehicles.CountAsync();
    }
}
