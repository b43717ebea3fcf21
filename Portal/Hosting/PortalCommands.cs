using Portal.Domain.Data.Backups;

namespace Portal.Hosting;

/// <summary>
/// The commands Portal runs instead of serving: <c>dotnet run --project Portal -- backup [file]</c> takes an online
/// backup of the configured database (safe while another Portal process serves it) and exits.
/// </summary>
internal static class PortalCommands
{
    private const string Backup = "backup";

    /// <summary>The arguments left for the host once a command and its operands are taken out.</summary>
    public static string[] HostArguments(string[] args) =>
        args is [Backup, ..] ? [.. args.Skip(1).Where(a => a.StartsWith("--", StringComparison.Ordinal))] : args;

    /// <summary>Runs the command in <paramref name="args"/>, if any, and returns its exit code; null means serve as usual.</summary>
    public static async Task<int?> RunCommandAsync(this WebApplication app, string[] args)
    {
        if (args is not [Backup, .. var operands])
        {
            return null;
        }

        var target = operands.FirstOrDefault(o => !o.StartsWith("--", StringComparison.Ordinal));
        await using var scope = app.Services.CreateAsyncScope();
        var backups = scope.ServiceProvider.GetRequiredService<DatabaseBackups>();
        try
        {
            var file = await backups.BackUpAsync(target);
            global::System.Console.WriteLine($"Backed up to {file.Path} ({file.Bytes:N0} bytes, {file.Took.TotalSeconds:0.0} s, integrity ok).");
            return 0;
        }
        catch (Exception exception) when (exception is IOException or InvalidDataException or NotSupportedException or Microsoft.Data.Sqlite.SqliteException)
        {
            await global::System.Console.Error.WriteLineAsync($"Backup failed: {exception.Message}");
            return 1;
        }
    }
}
