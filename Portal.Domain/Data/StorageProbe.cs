using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Portal.Domain.Data;

/// <summary>
/// Checks that Portal can still write: enough free space on the data folder's disk, and a real (but content-free)
/// write to the database. A read-only SQLite connection stays read-only for its life, so a failed probe empties the
/// connection pool: once the file is writable again, the next connections open read-write and Portal recovers
/// without a restart.
/// </summary>
public sealed class StorageProbe(IDbContextFactory<PortalDbContext> contextFactory, DataPaths paths, IOptions<PortalOptions> options)
{
    private const long Megabyte = 1024 * 1024;

    /// <summary>Null when healthy; otherwise what is wrong, in a sentence for operators.</summary>
    public async Task<string?> CheckAsync(CancellationToken cancellationToken = default)
    {
        var minimum = options.Value.MinFreeDiskMegabytes;
        var free = new DriveInfo(paths.Root).AvailableFreeSpace / Megabyte;
        if (free < minimum)
        {
            return $"Only {free} MB free on the disk of {paths.Root} (Portal:MinFreeDiskMegabytes is {minimum}).";
        }

        try
        {
            await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
            if (db.Database.IsSqlite())
            {
                // Rewriting the header's user_version with its own value is a real write transaction that changes nothing.
                var version = await db.Database.SqlQueryRaw<long>("SELECT user_version AS Value FROM pragma_user_version").SingleAsync(cancellationToken);
                var rewrite = "PRAGMA user_version = " + version.ToString(CultureInfo.InvariantCulture) + ";";
                await db.Database.ExecuteSqlRawAsync(rewrite, cancellationToken);
            }
            else
            {
                await db.Database.CanConnectAsync(cancellationToken);
            }

            return null;
        }
        catch (Exception exception) when (StorageFaults.Classify(exception) is { } fault)
        {
            SqliteConnection.ClearAllPools();
            return fault switch
            {
                StorageFault.ReadOnly => "The database is read-only: " + exception.GetBaseException().Message,
                StorageFault.Full => "The disk is full: " + exception.GetBaseException().Message,
                _ => "The database cannot be opened or written: " + exception.GetBaseException().Message,
            };
        }
    }
}
