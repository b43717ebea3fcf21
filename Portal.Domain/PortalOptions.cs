using System.ComponentModel.DataAnnotations;

namespace Portal.Domain;

/// <summary>The <c>Portal</c> section of appsettings.json.</summary>
public sealed class PortalOptions
{
    public const string Section = "Portal";

    /// <summary>Folder for the SQLite database, uploads and the email pickup folder; relative paths are under the content root.</summary>
    [Required]
    public string DataDirectory { get; set; } = "data";

    /// <summary>Seed the demo community into an empty database on start.</summary>
    public bool SeedDemoData { get; set; } = true;

    /// <summary>Demo seeding is refused in Production unless this is also true.</summary>
    public bool AllowDemoDataInProduction { get; set; }

    /// <summary>Database provider: <c>Sqlite</c> today.</summary>
    [Required]
    [RegularExpression("^Sqlite$", ErrorMessage = "Portal:DatabaseProvider must be 'Sqlite' (PostgreSQL arrives in a later release).")]
    public string DatabaseProvider { get; set; } = "Sqlite";

    /// <summary>Overrides the connection string built from <see cref="DataDirectory"/>.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Form posts to /Account pages allowed per client address and minute (sign-in, register, reset).</summary>
    [Range(1, 10_000)]
    public int AccountPostsPerMinute { get; set; } = 20;

    /// <summary>
    /// The absolute address members reach Portal at (http or https, optional path, e.g. https://owners.example.com).
    /// Every absolute link (emails, calendar files and feeds, QR codes) starts with it; required outside Development.
    /// </summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>Below this much free space on the data folder's disk, /healthz reports the storage check unhealthy.</summary>
    [Range(0, 1_000_000)]
    public int MinFreeDiskMegabytes { get; set; } = 256;

    /// <summary>Time zone shown to visitors who have not chosen one.</summary>
    [Required]
    public string DefaultTimeZone { get; set; } = Accounts.TimeZones.Default;
}
