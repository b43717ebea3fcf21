using Microsoft.EntityFrameworkCore;
using Portal.Domain.Data;

namespace Portal.Tests.Forums;

/// <summary>SQLite's EXPLAIN QUERY PLAN of a query, to prove it reads the index it should.</summary>
internal static class QueryPlans
{
    /// <summary>The plan's lines for <paramref name="sql"/>, as <c>ToQueryString()</c> writes it (parameters included).</summary>
    public static async Task<string> ExplainAsync(PortalDbContext db, string sql)
    {
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();

        // ToQueryString() declares parameters as ".param set @name value" lines before the statement; numbers bind as numbers,
        // as EF binds them, since the planner's estimates differ for a text value.
        var lines = sql.Split('\n');
        foreach (var declaration in lines.Where(l => l.StartsWith(".param set ", StringComparison.Ordinal)))
        {
            var parts = declaration.Split(' ', 4);
            var value = parts[3].Trim();
            command.Parameters.Add(new Microsoft.Data.Sqlite.SqliteParameter(parts[2], long.TryParse(value, out var number) ? number : value));
        }

        command.CommandText = "EXPLAIN QUERY PLAN " + string.Join('\n', lines.Where(l => !l.StartsWith(".param", StringComparison.Ordinal)));
        await using var reader = await command.ExecuteReaderAsync();
        var plan = new List<string>();
        while (await reader.ReadAsync())
        {
            plan.Add(reader.GetString(3));
        }

        return string.Join('\n', plan);
    }
}
