using Microsoft.Extensions.Options;
using Portal.Domain;
using Portal.Domain.Data;
using Portal.Domain.Seeding;

namespace Portal.Hosting;

internal static partial class StartupExtensions
{
    /// <summary>Migrates the database and, where allowed, seeds the demo community before the first request.</summary>
    public static async Task InitializeDatabaseAsync(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<PortalOptions>>().Value;
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Portal.Startup");
        var seed = options.SeedDemoData;
        if (seed && app.Environment.IsProduction() && !options.AllowDemoDataInProduction)
        {
            LogDemoRefused(logger);
            seed = false;
        }

        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(seed);

        if (seed)
        {
            app.Lifetime.ApplicationStarted.Register(() => PrintWelcome(app));
        }
    }

    private static void PrintWelcome(WebApplication app)
    {
        var urls = string.Join(", ", app.Urls);
        global::System.Console.WriteLine($"""

            Portal is running at {urls}
            Demo accounts (password {DemoAccounts.Password}):
              owner     {DemoAccounts.OwnerEmail}
              editor    {DemoAccounts.EditorEmail}
              operator  {DemoAccounts.OperatorEmail}

            """);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Demo data seeding refused: the environment is Production and Portal:AllowDemoDataInProduction is not true.")]
    private static partial void LogDemoRefused(ILogger logger);
}
