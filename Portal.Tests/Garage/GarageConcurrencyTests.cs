using Microsoft.EntityFrameworkCore;
using Portal.Domain;
using Portal.Domain.Garage;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Garage;

/// <summary>
/// Garage rules under concurrent requests on a real SQLite file: the VIN stays unique and the garage stays within
/// its cap when several adds race, and the losers get the usual problem instead of an exception.
/// </summary>
public sealed class GarageConcurrencyTests : IAsyncLifetime
{
    private const int Nova = 1;
    private const int Contenders = 8;
    private const string ValidVin = "1M8GDM9AXKP042788";

    private TestDatabase db = default!;

    public async Task InitializeAsync() => db = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await db.DisposeAsync();

    private GarageService Garage => db.Get<GarageService>();

    [Fact]
    public async Task Concurrent_adds_of_one_vin_by_different_members_let_exactly_one_win()
    {
        var members = new List<string>();
        for (var i = 0; i < Contenders; i++)
        {
            members.Add(await db.CreateMemberAsync($"Contender {i}"));
        }

        var results = await RaceAsync(members.Select(m => (Func<Task<Result>>)(async () =>
            await Garage.AddVehicleAsync(m, new VehicleInput(Nova, 2024, ValidVin, null)))));

        Assert.Single(results, r => r.Succeeded);
        Assert.All(results.Where(r => !r.Succeeded), r => Assert.Equal((GarageProblems.VinTaken, nameof(VehicleInput.Vin)), (Assert.Single(r.Problems).Code, Assert.Single(r.Problems).Field)));
        await using var read = db.CreateDbContext();
        Assert.Equal(1, await read.Vehicles.CountAsync());
    }

    [Fact]
    public async Task Concurrent_edits_giving_different_cars_one_vin_let_exactly_one_win()
    {
        var cars = new List<(string Owner, int Car)>();
        for (var i = 0; i < Contenders; i++)
        {
            var member = await db.CreateMemberAsync($"Contender {i}");
            cars.Add((member, await db.InsertVehicleAsync(member, vin: null)));
        }

        var results = await RaceAsync(cars.Select(c => (Func<Task<Result>>)(() =>
            Garage.UpdateVehicleAsync(c.Owner, c.Car, new VehicleInput(Nova, 2024, ValidVin, null)))));

        Assert.Single(results, r => r.Succeeded);
        Assert.All(results.Where(r => !r.Succeeded), r => Assert.Equal(GarageProblems.VinTaken, Assert.Single(r.Problems).Code));
        await using var read = db.CreateDbContext();
        Assert.Equal(1, await read.Vehicles.CountAsync(v => v.Vin == ValidVin));
    }

    [Fact]
    public async Task Concurrent_adds_to_a_garage_with_one_free_place_fill_it_once()
    {
        var owner = await db.CreateMemberAsync("Collector");
        for (var i = 0; i < GarageService.MaxVehicles - 1; i++)
        {
            await db.InsertVehicleAsync(owner, vin: null);
        }

        var results = await RaceAsync(Enumerable.Range(0, Contenders).Select(i => (Func<Task<Result>>)(async () =>
            await Garage.AddVehicleAsync(owner, new VehicleInput(Nova, 2024, null, $"Racer {i}")))));

        Assert.Single(results, r => r.Succeeded);
        Assert.All(results.Where(r => !r.Succeeded), r => Assert.Equal(GarageProblems.GarageFull, Assert.Single(r.Problems).Code));
        await using var read = db.CreateDbContext();
        Assert.Equal(GarageService.MaxVehicles, await read.Vehicles.CountAsync(v => v.OwnerId == owner));
    }

    /// <summary>
    /// Runs every attempt on its own thread, released together. Dedicated threads rather than the thread pool, which
    /// would start only a couple at a time here (Microsoft.Data.Sqlite's async calls complete synchronously). An
    /// exception in any attempt fails the test.
    /// </summary>
    private static async Task<Result[]> RaceAsync(IEnumerable<Func<Task<Result>>> attempts)
    {
        var list = attempts.ToList();
        using var start = new Barrier(list.Count);
        var results = list.Select(_ => new TaskCompletionSource<Result>(TaskCreationOptions.RunContinuationsAsynchronously)).ToList();
        var threads = list.Select((attempt, i) => new Thread(() =>
        {
            start.SignalAndWait();
            try
            {
                results[i].SetResult(attempt().GetAwaiter().GetResult());
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                results[i].SetException(e);
            }
        })).ToList();
        threads.ForEach(t => t.Start());
        var all = await Task.WhenAll(results.Select(r => r.Task));
        threads.ForEach(t => t.Join());
        return all;
    }
}
