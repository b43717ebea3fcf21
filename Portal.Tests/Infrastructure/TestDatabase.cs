using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Portal.Domain;
using Portal.Domain.Accounts;
using Portal.Domain.Data;
using Portal.Domain.Garage;

namespace Portal.Tests.Infrastructure;

/// <summary>
/// A real, migrated SQLite database in a temporary folder, with the domain wired by the app's own <c>AddPortalDomain</c>
/// and a fake clock (hosted services are registered but never started: tests tick jobs themselves). Deletes the folder on dispose.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    /// <summary>Where the fake clock starts: a fixed date, so model-year rules and seeding are reproducible.</summary>
    public static readonly DateTimeOffset Start = new(2026, 3, 15, 9, 30, 0, TimeSpan.Zero);

    /// <summary>The data folder under <see cref="Directory"/>, where the database file lives.</summary>
    private const string DataFolder = "data";

    private readonly AsyncServiceScope scope;
    private int memberNumber;

    private TestDatabase(string directory, ServiceProvider services, FakeTimeProvider clock)
    {
        Directory = directory;
        Services = services;
        Clock = clock;
        scope = services.CreateAsyncScope();
    }

    /// <summary>The temporary content root; the database and uploads live under its <c>data</c> folder.</summary>
    public string Directory { get; }

    public ServiceProvider Services { get; }

    public FakeTimeProvider Clock { get; }

    public DataPaths Paths => Get<DataPaths>();

    /// <summary>
    /// An empty database: migrated (with the catalog's boards and models and the roles), no members. A copy of the run's
    /// migrated template (<see cref="DatabaseTemplates.MigratedAsync"/>), on which the initializer finds every migration applied.
    /// </summary>
    /// <param name="configure">Last-minute changes to the services, e.g. an EF interceptor that counts commands.</param>
    public static async Task<TestDatabase> CreateAsync(Action<IServiceCollection>? configure = null) =>
        await CreateAsync(await DatabaseTemplates.MigratedAsync(), configure);

    /// <summary>
    /// A copy of the demo community as <see cref="DemoSeeder"/> seeds it with this clock, for tests that read the demo
    /// data. The community is seeded once per run (<see cref="DatabaseTemplates.DemoFakeClockAsync"/>); a test of seeding
    /// itself seeds a database from <see cref="CreateAsync(Action{IServiceCollection})"/> instead.
    /// </summary>
    public static async Task<TestDatabase> CreateSeededAsync() => await CreateAsync(await DatabaseTemplates.DemoFakeClockAsync(), configure: null);

    /// <summary>A database the migrations build from an empty file: only for building the migrated template.</summary>
    internal static Task<TestDatabase> CreateMigratingAsync() => CreateAsync(template: null, configure: null);

    private static async Task<TestDatabase> CreateAsync(string? template, Action<IServiceCollection>? configure)
    {
        var directory = Path.Combine(Path.GetTempPath(), "portal-unit-tests", Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(directory);
        if (template is not null)
        {
            // Before the initializer runs, which then finds every migration applied.
            System.IO.Directory.CreateDirectory(Path.Combine(directory, DataFolder));
            File.Copy(template, Path.Combine(directory, DataFolder, "portal.db"));
        }

        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Portal:DataDirectory"] = DataFolder,
                ["Portal:DatabaseProvider"] = "Sqlite",
            })
            .Build();

        var clock = new FakeTimeProvider(Start);
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(clock); // before AddPortalDomain, so it wins over TimeProvider.System
        services.AddPortalDomain(configuration, directory);
        services.AddLocalization();
        configure?.Invoke(services);

        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
        var database = new TestDatabase(directory, provider, clock);
        await database.Get<DatabaseInitializer>().InitializeAsync(seedDemoData: false);
        return database;
    }

    /// <summary>A service from the database's one scope (scoped services behave as in one request).</summary>
    public T Get<T>() where T : notnull => scope.ServiceProvider.GetRequiredService<T>();

    /// <summary>A fresh context, for arranging rows and for reading what a use case wrote.</summary>
    public PortalDbContext CreateDbContext() => Get<IDbContextFactory<PortalDbContext>>().CreateDbContext();

    /// <summary>Inserts a member with a confirmed email (always an Owner, plus <paramref name="roles"/>) and returns the id.</summary>
    public async Task<string> CreateMemberAsync(string displayName, params string[] roles)
    {
        ArgumentNullException.ThrowIfNull(roles);
        var number = Interlocked.Increment(ref memberNumber);
        var email = $"member{number}@tests.portal.test";
        var user = new PortalUser
        {
            UserName = email,
            NormalizedUserName = email.ToUpperInvariant(),
            Email = email,
            NormalizedEmail = email.ToUpperInvariant(),
            EmailConfirmed = true,
            SecurityStamp = Guid.NewGuid().ToString(),
            DisplayName = displayName,
            JoinedAt = Clock.GetUtcNow(),
        };

        await using var db = CreateDbContext();
        db.Users.Add(user);
        var names = roles.Append(Roles.Owner).Distinct().Select(r => r.ToUpperInvariant()).ToList();
        var roleIds = await db.Roles.Where(r => names.Contains(r.NormalizedName!)).Select(r => r.Id).ToListAsync();
        Assert.Equal(names.Count, roleIds.Count);
        db.UserRoles.AddRange(roleIds.Select(id => new IdentityUserRole<string> { UserId = user.Id, RoleId = id }));
        await db.SaveChangesAsync();
        return user.Id;
    }

    /// <summary>Puts a car straight into the database (bypassing the garage rules), optionally verified.</summary>
    public async Task<int> InsertVehicleAsync(string ownerId, string? vin, bool verified = false, int modelId = 1, int year = 2024)
    {
        await using var db = CreateDbContext();
        var vehicle = new Vehicle
        {
            OwnerId = ownerId,
            ModelId = modelId,
            Year = year,
            Vin = vin,
            AddedAt = Clock.GetUtcNow(),
            VerifiedAt = verified ? Clock.GetUtcNow() : null,
        };
        db.Vehicles.Add(vehicle);
        await db.SaveChangesAsync();
        return vehicle.Id;
    }

    public async ValueTask DisposeAsync()
    {
        await scope.DisposeAsync();
        await Services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open must not fail the test; the folder is under the temp directory.
        }
    }
}
