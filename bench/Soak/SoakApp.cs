using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Portal.Tests.Infrastructure;

namespace Soak;

/// <summary>
/// The real Portal on Kestrel (loopback, random port) in Production with the demo community, hosted in this process so
/// the soak can read the server's own heap. Every error the server logs is counted (<see cref="ErrorLog"/>).
/// </summary>
internal sealed class SoakApp : WebApplicationFactory<Program>
{
    private readonly string directory = Path.Combine(Path.GetTempPath(), "portal-soak", Guid.NewGuid().ToString("N"));
    private Uri? address;

    public ErrorLog Errors { get; } = new();

    /// <summary>Kestrel on 127.0.0.1 and a free port, which is also the app's public base URL.</summary>
    public Uri Start() => this.StartOnLoopback(a => address = a);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseStaticWebAssets();
        builder.UseSetting("Portal:DataDirectory", directory);
        builder.UseSetting("Portal:PublicBaseUrl", address?.ToString());
        builder.UseSetting("Portal:SeedDemoData", "true");
        builder.UseSetting("Portal:AllowDemoDataInProduction", "true");
        // Every simulated person comes from 127.0.0.1, as a whole carrier-grade NAT would: the per-address limits are
        // lifted, the per-member ones (posting cooldown, searches per member) stay as configured.
        foreach (var rule in new[] { "Registrations", "SearchesPerAddress", "HubConnectionsPerAddress", "ApiCallsPerAddress" })
        {
            builder.UseSetting($"Portal:RateLimits:{rule}:Permits", "1000000");
        }

        // The console carries the soak's table; the server's errors are counted and listed at the end.
        builder.ConfigureLogging(logging => logging.ClearProviders().AddProvider(Errors));
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(directory, recursive: true);
    }
}
