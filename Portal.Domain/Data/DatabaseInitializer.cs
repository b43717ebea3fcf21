using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Portal.Domain.Content;
using Portal.Domain.Seeding;

namespace Portal.Domain.Data;

/// <summary>
/// Runs once at start-up: creates the data folder, applies migrations, turns on WAL, re-renders stored HTML an older
/// renderer wrote with refused images (<see cref="StoredHtmlRefresh"/>), seeds demo data.
/// </summary>
public sealed partial class DatabaseInitializer(
    IDbContextFactory<PortalDbContext> contextFactory,
    DataPaths paths,
    DemoSeeder demoSeeder,
    StoredHtmlRefresh storedHtml,
    ILogger<DatabaseInitializer> logger)
{
    public async Task InitializeAsync(bool seedDemoData, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(paths.Root);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        // Only when something is pending: migrating takes a write lock, and a read-only database with a current schema
        // should still start (serving reads, /healthz red) rather than crash-loop.
        if ((await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any())
        {
            await db.Database.MigrateAsync(cancellationToken);
        }

        if (db.Database.IsSqlite())
        {
            await UseWalAsync(db, cancellationToken);
        }

        await RefreshStoredHtmlAsync(cancellationToken);

        LogReady(logger, paths.Root);
        if (seedDemoData)
        {
            await demoSeeder.SeedIfEmptyAsync(cancellationToken);
        }
    }

    /// <summary>A read-only database keeps its old HTML until it can be written again (the renderer's sanitiser still guards new text).</summary>
    private async Task RefreshStoredHtmlAsync(CancellationToken cancellationToken)
    {
        try
        {
            await storedHtml.RunAsync(cancellationToken);
        }
        catch (Exception exception) when (StorageFaults.Classify(exception) is not null)
        {
            LogNotWritable(logger, exception.GetBaseException().Message);
        }
    }

    /// <summary>
    /// WAL lets readers proceed while one writer commits; it is remembered by the database file, so it is set once. A
    /// read-only file that cannot switch still starts (its /healthz is red).
    /// </summary>
    private async Task UseWalAsync(PortalDbContext db, CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA journal_mode;";
            if (string.Equals((string?)await command.ExecuteScalarAsync(cancellationToken), "wal", StringComparison.OrdinalIgnoreCase))
            {
                return;
            }

            command.CommandText = "PRAGMA journal_mode = WAL;";
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (Exception exception) when (StorageFaults.Classify(exception) is not null)
        {
            LogNotWritable(logger, exception.GetBaseException().Message);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The database cannot be written ({Reason}); Portal starts read-only and /healthz reports it")]
    private static partial void LogNotWritable(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Database ready in {DataDirectory}")]
    private static partial void LogReady(ILogger logger, string dataDirectory);
}
