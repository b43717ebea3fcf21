using System.ComponentModel.DataAnnotations;

namespace Portal.Domain.Data.Backups;

/// <summary>The <c>Portal:Backups</c> section: the scheduled online backup of the SQLite database.</summary>
public sealed class BackupOptions
{
    public const string Section = "Portal:Backups";

    /// <summary>Take a backup when the newest one is older than <see cref="Every"/> (checked hourly and at start).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How old the newest backup may get before the job takes another.</summary>
    [Range(typeof(TimeSpan), "00:05:00", "30.00:00:00")]
    public TimeSpan Every { get; set; } = TimeSpan.FromHours(24);

    /// <summary>How many scheduled backups to keep; older ones are deleted after a successful backup.</summary>
    [Range(1, 1000)]
    public int Keep { get; set; } = 7;

    /// <summary>Folder for backups; relative paths are under the data folder.</summary>
    [Required]
    public string Directory { get; set; } = "backups";
}
