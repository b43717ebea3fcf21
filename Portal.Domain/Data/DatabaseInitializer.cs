using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Portal.Domain.Seeding;

namespace Portal.Domain.Data;

/// <summary>Runs once at start-up: creates the data folder, applies migrations, turns on WAL, seeds demo data.</summary>
public sealed partial class DatabaseInitializer(
    IDbContextFactory<PortalDbContext> contextFactory,
    DataPaths paths,
    DemoSeeder demoSeeder,
    ILogger<DatabaseInitializer> logger)
{
    public async Task InitializeAsync(bool seedDemoData, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(paths.Root);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await db.Database.MigrateAsync(cancellationToken);
        if (db.Database.IsSqlite())
        {
            // WAL lets readers proceed while one writer commits; it is remembered by the database file.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = WAL;", cancellationToken);
        }

        LogReady(logger, paths.Root);
        if (seedDemoData)
        {
            await demoSeeder.SeedIfEmptyAsync(cancellationToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Database ready in {DataDirectory}")]
    private static partial void LogReady(ILogger logger, string dataDirectory);
}
