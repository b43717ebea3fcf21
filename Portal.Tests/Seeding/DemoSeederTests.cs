using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Portal.Domain.Accounts;
using Portal.Domain.Data;
using Portal.Domain.Garage;
using Portal.Domain.Seeding;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Seeding;

/// <summary>
/// The demo community: who is in it, that its data obeys the app's own rules, and that it is reproducible.
/// Tests of what seeding does (its result, skipping, determinism) seed a fresh database with
/// <see cref="DemoSeeder.SeedIfEmptyAsync"/>; tests of what the community contains read a copy of the run's seeded
/// template (<see cref="TestDatabase.CreateSeededAsync"/>), which the same seeder wrote with the same clock.
/// </summary>
public sealed class DemoSeederTests
{
    [Fact]
    public async Task SeedIfEmptyAsync_creates_the_demo_accounts_and_200_owners()
    {
        await using var db = await TestDatabase.CreateAsync(); // really seeds
        Assert.True(await db.Get<DemoSeeder>().SeedIfEmptyAsync());

        await using var read = db.CreateDbContext();
        Assert.Equal(203, await read.Users.CountAsync());
        Assert.Equal([Roles.Owner], await RolesOfAsync(read, DemoAccounts.OwnerEmail));
        Assert.Equal([Roles.Editor, Roles.Owner], await RolesOfAsync(read, DemoAccounts.EditorEmail));
        Assert.Equal([Roles.Operator, Roles.Owner], await RolesOfAsync(read, DemoAccounts.OperatorEmail));
        Assert.Equal(203, await CountInRoleAsync(read, Roles.Owner));
        Assert.Equal((1, 1), (await CountInRoleAsync(read, Roles.Editor), await CountInRoleAsync(read, Roles.Operator)));
        Assert.Equal(203, await read.Users.Select(u => u.NormalizedEmail).Distinct().CountAsync());
    }

    [Fact]
    public async Task SeedIfEmptyAsync_writes_busy_threads_whose_replies_mostly_differ_and_keep_no_placeholders()
    {
        await using var db = await TestDatabase.CreateSeededAsync();

        await using var read = db.CreateDbContext();
        Assert.False(await read.Posts.AnyAsync(p => p.Body.Contains('{')));
        var busiest = await read.Posts.GroupBy(p => p.ThreadId).OrderByDescending(g => g.Count()).Select(g => g.Key).Take(3).ToListAsync();
        foreach (var threadId in busiest)
        {
            var bodies = await read.Posts.Where(p => p.ThreadId == threadId).Select(p => p.Body).ToListAsync();
            Assert.True(bodies.Distinct().Count() >= bodies.Count * 0.6, $"thread {threadId}: {bodies.Distinct().Count()} distinct of {bodies.Count}");
        }
    }

    [Fact]
    public void Filler_wording_fills_every_placeholder_and_keeps_the_sentence()
    {
        var wording = new Random(1);
        var commutes = Enumerable.Range(0, 50).Select(_ => DemoReplyWording.Fill("今天通勤 {km} 公里，能耗 {kwh}，空调开 {temp} 度。", chinese: true, wording)).ToList();
        var trip = DemoReplyWording.Fill("周末去{place}跑了一圈，续航表现很稳定。", chinese: true, wording);

        Assert.All(commutes, c => Assert.Matches(@"今天通勤 \d+ 公里，能耗 \d+\.\d，空调开 \d+ 度。", c));
        Assert.True(commutes.Distinct().Count() > 40);
        Assert.Contains("续航表现很稳定。", trip, StringComparison.Ordinal);
        Assert.DoesNotContain("{", trip, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SeedIfEmptyAsync_demo_accounts_sign_in_with_the_advertised_password()
    {
        await using var db = await TestDatabase.CreateSeededAsync();
        var users = db.Get<UserManager<PortalUser>>();

        foreach (var email in new[] { DemoAccounts.OwnerEmail, DemoAccounts.EditorEmail, DemoAccounts.OperatorEmail })
        {
            var user = await users.FindByEmailAsync(email);
            Assert.NotNull(user);
            Assert.True(await users.CheckPasswordAsync(user, DemoAccounts.Password), email);
            Assert.False(await users.CheckPasswordAsync(user, "not-the-demo-password"), email);
        }
    }

    [Fact]
    public async Task SeedIfEmptyAsync_fills_garages_that_obey_the_garage_rules()
    {
        await using var db = await TestDatabase.CreateSeededAsync();

        await using var read = db.CreateDbContext();
        var vehicles = await read.Vehicles.AsNoTracking().Include(v => v.Model).ToListAsync();
        var vins = vehicles.Where(v => v.Vin is not null).Select(v => v.Vin!).ToList();
        Assert.NotEmpty(vins);
        Assert.All(vins, vin => Assert.True(Vin.Validate(vin).IsValid, $"{vin}: {Vin.Validate(vin).Problem}"));
        Assert.All(vins, vin => Assert.Equal(vin.ToUpperInvariant(), vin));
        Assert.Equal(vins.Count, vins.Distinct().Count());
        Assert.All(vehicles, v => Assert.True(v.Model!.OffersYear(v.Year, TestDatabase.Start.Year), $"{v.Model.Name} {v.Year}"));
        Assert.True(vehicles.GroupBy(v => v.OwnerId).Max(g => g.Count()) <= GarageService.MaxVehicles);

        var operatorId = await read.Users.Where(u => u.Email == DemoAccounts.OperatorEmail).Select(u => u.Id).SingleAsync();
        var verified = vehicles.Where(v => v.VerifiedAt is not null).ToList();
        Assert.InRange(verified.Count, 1, vehicles.Count - 1);
        Assert.All(verified, v => Assert.Equal(operatorId, v.VerifiedById));
        Assert.All(vehicles.Where(v => v.VerifiedAt is null), v => Assert.Null(v.VerifiedById));
    }

    [Fact]
    public async Task SeedIfEmptyAsync_gives_the_demo_owner_a_verified_vela_and_an_unverified_nova()
    {
        await using var db = await TestDatabase.CreateSeededAsync();

        await using var read = db.CreateDbContext();
        var ownerId = await read.Users.Where(u => u.Email == DemoAccounts.OwnerEmail).Select(u => u.Id).SingleAsync();
        var garage = await db.Get<GarageService>().GetGarageAsync(ownerId);

        Assert.Equal([("Aurelia Nova", false), ("Aurelia Vela", true)], garage.Select(v => (v.ModelName, v.Verified)).Order());
    }

    [Fact]
    public async Task SeedIfEmptyAsync_joins_every_member_in_the_past_on_the_clock()
    {
        await using var db = await TestDatabase.CreateSeededAsync();

        await using var read = db.CreateDbContext();
        var now = db.Clock.GetUtcNow();
        Assert.Empty(await read.Users.Where(u => u.JoinedAt > now).Select(u => u.Email).ToListAsync());
        Assert.True(await read.Users.AnyAsync(u => u.JoinedAt > now.AddDays(-30)), "some members joined in the last month");
        var operatorJoined = (await read.Users.SingleAsync(u => u.Email == DemoAccounts.OperatorEmail)).JoinedAt;
        Assert.InRange(operatorJoined, now.AddDays(-901), now.AddDays(-900));
    }

    [Fact]
    public async Task SeedIfEmptyAsync_dates_every_car_in_the_past_and_verifies_after_adding()
    {
        await using var db = await TestDatabase.CreateSeededAsync();

        await using var read = db.CreateDbContext();
        var now = db.Clock.GetUtcNow();
        var cars = await read.Vehicles.AsNoTracking()
            .Join(read.Users, v => v.OwnerId, u => u.Id, (v, u) => new { v.Id, v.AddedAt, v.VerifiedAt, u.JoinedAt })
            .ToListAsync();
        Assert.NotEmpty(cars);
        Assert.All(cars, c => Assert.True(c.AddedAt <= now, $"car {c.Id} added at {c.AddedAt:O}, after {now:O}"));
        Assert.All(cars, c => Assert.True(c.AddedAt >= c.JoinedAt, $"car {c.Id} added at {c.AddedAt:O}, before its owner joined at {c.JoinedAt:O}"));
        var verified = cars.Where(c => c.VerifiedAt is not null).ToList();
        Assert.NotEmpty(verified);
        Assert.All(verified, c => Assert.True(c.VerifiedAt <= now, $"car {c.Id} verified at {c.VerifiedAt:O}, after {now:O}"));
        Assert.All(verified, c => Assert.True(c.VerifiedAt >= c.AddedAt, $"car {c.Id} verified at {c.VerifiedAt:O}, before it was added at {c.AddedAt:O}"));
    }

    [Fact]
    public async Task SeedIfEmptyAsync_verifies_only_cars_with_a_vin()
    {
        await using var db = await TestDatabase.CreateSeededAsync();

        await using var read = db.CreateDbContext();
        Assert.True(await read.Vehicles.AnyAsync(v => v.Vin == null), "some seeded cars have no VIN");
        Assert.Empty(await read.Vehicles.Where(v => v.VerifiedAt != null && v.Vin == null).Select(v => v.Id).ToListAsync());
    }

    [Fact]
    public async Task SeedIfEmptyAsync_a_second_time_does_nothing()
    {
        await using var db = await TestDatabase.CreateAsync(); // really seeds
        var seeder = db.Get<DemoSeeder>();
        Assert.True(await seeder.SeedIfEmptyAsync());
        var before = await SnapshotAsync(db);

        Assert.False(await seeder.SeedIfEmptyAsync());

        var after = await SnapshotAsync(db);
        Assert.Equal(before.Members, after.Members);
        Assert.Equal(before.Vehicles, after.Vehicles);
    }

    [Fact]
    public async Task SeedIfEmptyAsync_skips_a_database_that_already_has_a_member()
    {
        await using var db = await TestDatabase.CreateAsync();
        await db.CreateMemberAsync("First real member");

        Assert.False(await db.Get<DemoSeeder>().SeedIfEmptyAsync());

        await using var read = db.CreateDbContext();
        Assert.Equal(1, await read.Users.CountAsync());
        Assert.False(await read.Vehicles.AnyAsync());
    }

    [Fact]
    public async Task SeedIfEmptyAsync_seeds_the_same_community_into_two_fresh_databases()
    {
        // One fresh database really seeds here; the other is the run's template, seeded into its own fresh database.
        await using var db = await TestDatabase.CreateAsync();
        await using var other = await TestDatabase.CreateSeededAsync();
        await db.Get<DemoSeeder>().SeedIfEmptyAsync();

        var first = await SnapshotAsync(db);
        var second = await SnapshotAsync(other);

        Assert.Equal(203, first.Members.Count);
        Assert.Equal(first.Members, second.Members);
        Assert.Equal(first.Vehicles, second.Vehicles);
    }

    private static async Task<(List<string> Members, List<string> Vehicles)> SnapshotAsync(TestDatabase database)
    {
        await using var read = database.CreateDbContext();
        var members = await read.Users.OrderBy(u => u.Id).Select(u => u.Id + " " + u.DisplayName + " " + u.Email + " " + u.JoinedAt).ToListAsync();
        var vehicles = await read.Vehicles.OrderBy(v => v.Id)
            .Select(v => v.OwnerId + " " + v.ModelId + " " + v.Year + " " + v.Vin + " " + v.VerifiedAt)
            .ToListAsync();
        return (members, vehicles);
    }

    private static async Task<List<string>> RolesOfAsync(PortalDbContext read, string email) =>
        await read.Users.Where(u => u.Email == email)
            .Join(read.UserRoles, u => u.Id, ur => ur.UserId, (_, ur) => ur.RoleId)
            .Join(read.Roles, id => id, r => r.Id, (_, r) => r.Name!)
            .OrderBy(n => n)
            .ToListAsync();

    private static Task<int> CountInRoleAsync(PortalDbContext read, string role) =>
        read.UserRoles.Join(read.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name).CountAsync(n => n == role);
}
