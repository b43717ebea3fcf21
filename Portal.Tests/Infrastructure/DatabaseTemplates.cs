using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Data;
using Portal.Domain.Seeding;

namespace Portal.Tests.Infrastructure;

/// <summary>
/// Databases built once per test run into template SQLite files that each app factory or test database copies.
/// Seeding the demo community takes seconds and about thirty factories and tests need it (that was most of the suite's
/// time), and some three hundred test databases each ran every migration: each is built once and copied.
/// The demo community has two templates because its data is dated from the clock that seeds it: the app seeds with the
/// real clock, <see cref="TestDatabase"/> with a fake one at <see cref="TestDatabase.Start"/>. A copy is exactly what
/// seeding in place would have written (seeding writes no file but the database), and
/// <c>DemoSeeder.SeedIfEmptyAsync</c> skips a database that has members, so a copied app does not seed again.
/// The tests of seeding itself still seed a fresh database (see <c>DemoSeederTests</c>).
/// </summary>
public static class DatabaseTemplates
{
    private static readonly string Folder = CreateFolder();

    private static readonly Lazy<Task<string>> Migrated = new(() => Task.Run(BuildMigratedTemplateAsync));

    private static readonly Lazy<Task<string>> DemoApp = new(() => Task.Run(BuildDemoAppTemplateAsync));

    private static readonly Lazy<Task<string>> DemoFakeClock = new(() => Task.Run(BuildDemoFakeClockTemplateAsync));

    /// <summary>An empty database, migrated (with the catalog and roles the migrations insert); built on first use.</summary>
    public static Task<string> MigratedAsync() => Migrated.Value;

    /// <summary>The demo community as the app seeds it at start-up (real clock); built on first use.</summary>
    public static Task<string> DemoAppAsync() => DemoApp.Value;

    /// <summary>The demo community as <see cref="TestDatabase"/> seeds it (fake clock at <see cref="TestDatabase.Start"/>); built on first use.</summary>
    public static Task<string> DemoFakeClockAsync() => DemoFakeClock.Value;

    /// <summary>
    /// Writes a database as one clean file (no -wal or -shm beside it): <c>VACUUM INTO</c> is a consistent snapshot
    /// even while the database is open elsewhere.
    /// </summary>
    public static async Task SnapshotAsync(string connectionString, string target)
    {
        await using (var connection = new SqliteConnection(connectionString))
        {
            await connection.OpenAsync();
            await using var vacuum = connection.CreateCommand();
            vacuum.CommandText = "VACUUM INTO $target";
            vacuum.Parameters.AddWithValue("$target", target);
            await vacuum.ExecuteNonQueryAsync();
        }

        SqliteConnection.ClearAllPools();
    }

    /// <summary>Runs the migrations on an empty file, as the app's initializer does on first start.</summary>
    private static async Task<string> BuildMigratedTemplateAsync()
    {
        var target = Path.Combine(Folder, "migrated.db");
        await using var database = await TestDatabase.CreateMigratingAsync();
        await SnapshotAsync(database.Paths.ConnectionString, target);
        return target;
    }

    /// <summary>Starts the real app on an empty database and lets it seed the community at start-up, as <c>dotnet run</c> does.</summary>
    private static async Task<string> BuildDemoAppTemplateAsync()
    {
        var target = Path.Combine(Folder, "demo-app.db");
        await using var seeding = PortalAppFactory.SeedingItself();
        await SnapshotAsync(seeding.Services.GetRequiredService<DataPaths>().ConnectionString, target);
        return target;
    }

    private static async Task<string> BuildDemoFakeClockTemplateAsync()
    {
        var target = Path.Combine(Folder, "demo-fake-clock.db");
        await using var database = await TestDatabase.CreateAsync();
        Assert.True(await database.Get<DemoSeeder>().SeedIfEmptyAsync(), "The template's database was not empty.");
        await SnapshotAsync(database.Paths.ConnectionString, target);
        return target;
    }

    /// <summary>One folder per test process, removed when the process exits (the templates are dated by the run's clock).</summary>
    private static string CreateFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "portal-tests", "templates-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // Left for the OS temp cleaner.
            }
        };
        return folder;
    }
}
