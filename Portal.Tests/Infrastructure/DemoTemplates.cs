using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Data;
using Portal.Domain.Seeding;

namespace Portal.Tests.Infrastructure;

/// <summary>
/// The demo community, seeded once per test run into a template SQLite file that each app factory or test database
/// copies. Seeding takes seconds and about thirty factories and tests need the community, so seeding each one was most
/// of the suite's time. There are two templates because the demo data is dated from the clock that seeds it: the app
/// seeds with the real clock, <see cref="TestDatabase"/> with a fake one at <see cref="TestDatabase.Start"/>.
/// A copy is exactly what seeding in place would have written (seeding writes no file but the database), and
/// <c>DemoSeeder.SeedIfEmptyAsync</c> skips a database that has members, so a copied app does not seed again.
/// The tests of seeding itself still seed a fresh database (see <c>DemoSeederTests</c>).
/// </summary>
public static class DemoTemplates
{
    private static readonly string Folder = CreateFolder();

    private static readonly Lazy<Task<string>> App = new(() => Task.Run(BuildAppTemplateAsync));

    private static readonly Lazy<Task<string>> FakeClock = new(() => Task.Run(BuildFakeClockTemplateAsync));

    /// <summary>The community as the app seeds it at start-up (real clock); built on first use.</summary>
    public static Task<string> AppAsync() => App.Value;

    /// <summary>The community as <see cref="TestDatabase"/> seeds it (fake clock at <see cref="TestDatabase.Start"/>); built on first use.</summary>
    public static Task<string> FakeClockAsync() => FakeClock.Value;

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

    /// <summary>Starts the real app on an empty database and lets it seed the community at start-up, as <c>dotnet run</c> does.</summary>
    private static async Task<string> BuildAppTemplateAsync()
    {
        var target = Path.Combine(Folder, "app.db");
        await using var seeding = PortalAppFactory.SeedingItself();
        await SnapshotAsync(seeding.Services.GetRequiredService<DataPaths>().ConnectionString, target);
        return target;
    }

    private static async Task<string> BuildFakeClockTemplateAsync()
    {
        var target = Path.Combine(Folder, "fake-clock.db");
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
