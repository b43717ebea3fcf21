using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Portal.Domain;
using Portal.Domain.Data;

namespace EngagementBench;

/// <summary>The domain as the app wires it (<c>AddPortalDomain</c>), on one SQLite file, migrated.</summary>
internal static class BenchServices
{
    public static async Task<ServiceProvider> OpenAsync(string databasePath, IDictionary<string, string?>? settings = null)
    {
        var directory = Path.GetDirectoryName(databasePath)!;
        Directory.CreateDirectory(directory);
        var values = new Dictionary<string, string?>
        {
            ["Portal:DataDirectory"] = directory,
            ["Portal:ConnectionString"] = $"Data Source={databasePath};Pooling=True",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var collection = new ServiceCollection().AddLogging(logging => logging.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning));
        collection.AddPortalDomain(configuration, directory);
        var services = collection.BuildServiceProvider();
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(seedDemoData: false);
        return services;
    }

    public static void Delete(string databasePath)
    {
        SqliteConnection.ClearAllPools();
        Directory.CreateDirectory(Path.GetDirectoryName(databasePath)!);
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(databasePath + suffix);
        }
    }
}
