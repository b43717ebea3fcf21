using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace Portal.Tests.Infrastructure;

/// <summary>
/// The real Portal app on a fresh SQLite database in a temp folder, seeded with the demo community.
/// In-memory by default (its public base URL is the test client's <c>http://localhost</c>); <see cref="StartKestrel"/>
/// puts it on a random loopback port for the browser, and the public base URL follows it there.
/// </summary>
public sealed class PortalAppFactory : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> settings;

    public PortalAppFactory()
        : this(null)
    {
    }

    private PortalAppFactory(IDictionary<string, string?>? overrides)
    {
        DataDirectory = Path.Combine(Path.GetTempPath(), "portal-tests", Guid.NewGuid().ToString("N"));
        settings = new Dictionary<string, string?>
        {
            ["Portal:DataDirectory"] = DataDirectory,
            ["Portal:SeedDemoData"] = "true",
            ["Portal:AccountPostsPerMinute"] = "1000",
            [PublicBaseUrlKey] = "http://localhost",
        };
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }
    }

    public const string PublicBaseUrlKey = "Portal:PublicBaseUrl";

    public string DataDirectory { get; }

    /// <summary>An app with some settings changed (e.g. a low rate limit).</summary>
    public static PortalAppFactory With(IDictionary<string, string?> overrides) => new(overrides);

    /// <summary>
    /// Starts Kestrel on 127.0.0.1 and a free port; returns the base address. The port is chosen before the app is
    /// built, so <c>Portal:PublicBaseUrl</c> (QR codes, feed addresses, email links) points at this very server.
    /// </summary>
    public Uri StartKestrel()
    {
        var port = FreeLoopbackPort();
        var address = new Uri($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}/");
        settings[PublicBaseUrlKey] = address.ToString();
        UseKestrel(options => options.Listen(IPAddress.Loopback, port));
        StartServer();
        return address;
    }

    private static int FreeLoopbackPort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseStaticWebAssets();
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by a finishing request; the OS temp cleaner takes it.
        }
    }
}
