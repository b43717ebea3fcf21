using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Portal.Tests.Infrastructure;

namespace ActivityFanout;

/// <summary>The real Portal on Kestrel (loopback, random port) with the demo community, in this process so publish and receive share one clock.</summary>
internal sealed class BenchApp : WebApplicationFactory<Program>
{
    private readonly string directory = Path.Combine(Path.GetTempPath(), "portal-bench", Guid.NewGuid().ToString("N"));

    /// <summary>Kestrel on 127.0.0.1 and a random port, started the way the tests start it (the shared <see cref="KestrelStart"/>).</summary>
    public Uri Start() => this.StartOnLoopback();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseStaticWebAssets();
        builder.UseSetting("Portal:DataDirectory", directory);
        builder.UseSetting("Portal:SeedDemoData", "true");
        builder.UseSetting("Portal:AllowDemoDataInProduction", "true");
        // Thousands of clients connect from this one address within seconds.
        builder.UseSetting("Portal:RateLimits:HubConnectionsPerAddress:Permits", "1000000");
        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(directory, recursive: true);
    }
}
