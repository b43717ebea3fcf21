using System.Data.Common;

namespace Portal.Domain.Engagement;

/// <summary>Prepared, parameterised statements on one connection and transaction, with the provider's instant format.</summary>
internal sealed class SqlBatch(DbConnection connection, DbTransaction transaction, bool sqlite)
{
    public DbCommand Prepare(string text, params string[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = text;
        foreach (var name in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = "@" + name;
            command.Parameters.Add(parameter);
        }

        return command;
    }

    public static async Task<int> RunAsync(DbCommand command, CancellationToken cancellationToken, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }

        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>SQLite keeps instants as UTC ticks (see <c>DateTimeOffsetToUtcTicksConverter</c>); other providers take the value.</summary>
    public object Instant(DateTimeOffset at) => sqlite ? at.UtcTicks : at.ToUniversalTime();
}
