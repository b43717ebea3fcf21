using Microsoft.Data.Sqlite;

namespace Portal.Tests.Data;

/// <summary>Reads a database file directly, read-only and unpooled, so the check itself changes nothing.</summary>
internal static class SqliteFile
{
    public static async Task<long> CountAsync(string database, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
