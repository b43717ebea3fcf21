using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Data.Sqlite;

namespace Portal.Tests.Infrastructure;

/// <summary>
/// The real Portal app on its own SQLite database in a temp folder, with the demo community: a copy of the run's
/// seeded template (<see cref="DatabaseTemplates.DemoAppAsync"/>), so a fresh factory per test costs a host start, not a seeding.
/// In-memory by default (its public base URL is the test client's <c>http://localhost</c>); <see cref="StartKestrel"/>
/// puts it on a free loopback port for the browser, and the public base URL follows it there.
/// </summary>
public sealed class PortalAppFactory : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> settings;
    private readonly bool fromTemplate;
    private TimeProvider? clock;
    private string? database;

    public PortalAppFactory()
        : this(null, fromTemplate: true)
    {
    }

    private PortalAppFactory(IDictionary<string, string?>? overrides, bool fromTemplate)
    {
        this.fromTemplate = fromTemplate;
        DataDirectory = Path.Combine(Path.GetTempPath(), "portal-tests", Guid.NewGuid().ToString("N"));
        settings = new Dictionary<string, string?>
        {
            ["Portal:DataDirectory"] = DataDirectory,
            ["Portal:SeedDemoData"] = "true",
            ["Portal:AccountPostsPerMinute"] = "1000",
            ["Portal:Backups:Enabled"] = "false",
            [PublicBaseUrlKey] = "http://localhost",
        };
        // The suite signs up, searches and connects far faster than people do: every limit is lifted unless a test sets it.
        foreach (var rule in RateLimitRules)
        {
            settings[$"Portal:RateLimits:{rule}:Permits"] = "100000";
        }

        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }
    }

    public const string PublicBaseUrlKey = "Portal:PublicBaseUrl";

    /// <summary>The rules under <c>Portal:RateLimits</c> (README "Rate limits").</summary>
    public static readonly IReadOnlyList<string> RateLimitRules =
    [
        "Registrations", "PasswordResetsPerAddress", "PasswordResetsPerEmail", "SearchesPerMember", "SearchesPerAddress", "UploadsPerMember",
        "ApiCallsPerMember", "ApiCallsPerAddress", "HubConnectionsPerMember", "HubConnectionsPerAddress", "CspReportsPerAddress",
    ];

    public string DataDirectory { get; }

    /// <summary>An app with some settings changed (e.g. a low rate limit).</summary>
    public static PortalAppFactory With(IDictionary<string, string?> overrides) => new(overrides, fromTemplate: true);

    /// <summary>
    /// An app whose every clock (scheduled jobs included) is <paramref name="clock"/>, on the demo community seeded with the
    /// real clock: start the fake clock at the real time, then move it forward to make a scheduled thing come due.
    /// </summary>
    public static PortalAppFactory WithClock(TimeProvider clock) => new(null, fromTemplate: true) { clock = clock };

    /// <summary>An app on a copy of <paramref name="databaseFile"/> (e.g. a backup being restored) instead of the demo template.</summary>
    public static PortalAppFactory FromDatabase(string databaseFile) => new(null, fromTemplate: true) { database = databaseFile };

    /// <summary>Changes a setting before the app starts, e.g. one that names a file in <see cref="DataDirectory"/>.</summary>
    public void Set(string key, string? value) => settings[key] = value;

    /// <summary>An app on an empty database that seeds the community at start-up, as <c>dotnet run</c> does: only for building the template.</summary>
    internal static PortalAppFactory SeedingItself() => new(null, fromTemplate: false);

    /// <summary>
    /// Starts Kestrel on 127.0.0.1 and a free port; returns the base address. <c>Portal:PublicBaseUrl</c> (QR codes, feed
    /// addresses, email links) follows it, since the port is known before the app is built.
    /// </summary>
    public Uri StartKestrel() => this.StartOnLoopback(address => settings[PublicBaseUrlKey] = address.ToString());

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        if (fromTemplate)
        {
            // Before the host starts: the app's initializer then finds the migrations applied and members present, and does not seed.
            // Blocking is safe here: the template is built on the thread pool, and only the first factory of the run waits.
            var template = database ?? DatabaseTemplates.DemoAppAsync().GetAwaiter().GetResult();
            Directory.CreateDirectory(DataDirectory);
            File.Copy(template, Path.Combine(DataDirectory, "portal.db"));
        }

        if (clock is { } fixedClock)
        {
            builder.ConfigureTestServices(services => services.AddSingleton(fixedClock));
        }

        builder.UseEnvironment(Portal.Hosting.SecurityHeaders.TestingEnvironment);
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
