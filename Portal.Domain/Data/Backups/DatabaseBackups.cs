using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Portal.Domain.Data.Backups;

/// <summary>
/// Online backups of the SQLite database while the app runs: <c>VACUUM INTO</c> writes a consistent, compacted copy from
/// one read transaction (writers carry on in WAL mode), the copy is checked with <c>PRAGMA integrity_check</c> before it
/// counts, and the scheduled job keeps the newest <see cref="BackupOptions.Keep"/>. A backup is restored by copying it
/// over <c>portal.db</c> while the app is stopped (README "Backups"). PostgreSQL deployments use <c>pg_dump</c> instead.
/// </summary>
public sealed partial class DatabaseBackups(
    IDbContextFactory<PortalDbContext> contextFactory,
    DataPaths paths,
    IOptions<BackupOptions> options,
    TimeProvider clock,
    ILogger<DatabaseBackups> logger)
{
    /// <summary>How often the scheduled job looks at the newest backup's age.</summary>
    public static readonly TimeSpan CheckInterval = TimeSpan.FromHours(1);

    private const string Prefix = "portal-";
    private const string Extension = ".db";

    public string Folder => Path.GetFullPath(Path.Combine(paths.Root, options.Value.Directory));

    /// <summary>Backs the database up to <paramref name="target"/> (a new file), or to a timestamped file in <see cref="Folder"/>.</summary>
    public async Task<BackupFile> BackUpAsync(string? target = null, CancellationToken cancellationToken = default)
    {
        var path = Path.GetFullPath(target ?? Path.Combine(Folder, Prefix + clock.GetUtcNow().ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture) + Extension));
        if (File.Exists(path))
        {
            throw new IOException($"The backup file {path} already exists; choose a new name.");
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var started = Stopwatch.GetTimestamp();
        await using (var db = await contextFactory.CreateDbContextAsync(cancellationToken))
        {
            if (!db.Database.IsSqlite())
            {
                throw new NotSupportedException("Online backups here are for SQLite; back a PostgreSQL database up with pg_dump (README \"Backups\").");
            }

            // The file name is a parameter, so no quoting is needed; VACUUM INTO refuses an existing file.
            await db.Database.ExecuteSqlRawAsync("VACUUM INTO {0}", [path], cancellationToken);
        }

        try
        {
            await CheckIntegrityAsync(path, cancellationToken);
        }
        catch
        {
            File.Delete(path);
            throw;
        }

        // The schedule reads ages from the files, on the same clock that named them.
        File.SetLastWriteTimeUtc(path, clock.GetUtcNow().UtcDateTime);
        var file = new BackupFile(path, new FileInfo(path).Length, Stopwatch.GetElapsedTime(started));
        LogBackedUp(logger, file.Path, file.Bytes, (long)file.Took.TotalMilliseconds);
        return file;
    }

    /// <summary>The scheduled pass: backs up when the newest backup is older than <see cref="BackupOptions.Every"/>, then prunes.</summary>
    public async Task<int> BackUpWhenDueAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (!settings.Enabled)
        {
            return 0;
        }

        var existing = List();
        if (existing.Count > 0 && clock.GetUtcNow() - File.GetLastWriteTimeUtc(existing[0]) < settings.Every)
        {
            return 0;
        }

        await BackUpAsync(cancellationToken: cancellationToken);
        foreach (var old in List().Skip(settings.Keep))
        {
            File.Delete(old);
        }

        return 1;
    }

    /// <summary>The scheduled backups, newest first (their names sort by time).</summary>
    public IReadOnlyList<string> List() =>
        Directory.Exists(Folder)
            ? [.. Directory.EnumerateFiles(Folder, Prefix + "*" + Extension).Order(StringComparer.Ordinal).Reverse()]
            : [];

    private static async Task CheckIntegrityAsync(string path, CancellationToken cancellationToken)
    {
        var connectionString = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString();
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check;";
        var result = (string?)await command.ExecuteScalarAsync(cancellationToken);
        if (result != "ok")
        {
            throw new InvalidDataException($"The backup {path} failed its integrity check: {result}");
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Database backed up to {Path} ({Bytes} bytes in {Milliseconds} ms)")]
    private static partial void LogBackedUp(ILogger logger, string path, long bytes, long milliseconds);
}
