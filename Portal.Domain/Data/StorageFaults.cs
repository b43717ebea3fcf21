using Microsoft.Data.Sqlite;

namespace Portal.Domain.Data;

/// <summary>
/// Tells a storage fault (read-only database file, full disk, I/O error) from a bug: the one place that knows the
/// provider's error codes, so the error page can say "cannot save right now" and /healthz can say why.
/// </summary>
public static class StorageFaults
{
    private const int SqliteReadOnly = 8;
    private const int SqliteIoError = 10;
    private const int SqliteFull = 13;
    private const int SqliteCannotOpen = 14;

    /// <summary>The storage fault behind <paramref name="exception"/> (searching inner exceptions), if it is one.</summary>
    public static StorageFault? Classify(Exception? exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is SqliteException sqlite)
            {
                return (sqlite.SqliteErrorCode & 0xFF) switch
                {
                    SqliteReadOnly => StorageFault.ReadOnly,
                    SqliteFull => StorageFault.Full,
                    SqliteIoError or SqliteCannotOpen => StorageFault.Unavailable,
                    _ => null,
                };
            }
        }

        return null;
    }
}
