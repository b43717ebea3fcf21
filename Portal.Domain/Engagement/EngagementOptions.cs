using System.ComponentModel.DataAnnotations;

namespace Portal.Domain.Engagement;

/// <summary>The <c>Portal:Engagement</c> section: buffering, retention, lifecycle thresholds and the privacy floor.</summary>
public sealed class EngagementOptions
{
    public const string Section = "Portal:Engagement";

    /// <summary>Days raw engagement events are kept; rollups and profiles are kept for good.</summary>
    [Range(1, 3650)]
    public int RetentionDays { get; set; } = 90;

    /// <summary>The smallest group of members any breakdown, chart, table or export shows; smaller cells read "fewer than N".</summary>
    [Range(1, 1000)]
    public int MinGroupSize { get; set; } = 5;

    /// <summary>Signals the in-memory buffer holds before new ones are dropped (and counted).</summary>
    [Range(100, 10_000_000)]
    public int BufferCapacity { get; set; } = 100_000;

    /// <summary>The writer writes a batch when it holds this many signals ...</summary>
    [Range(1, 100_000)]
    public int BatchSize { get; set; } = 20_000;

    /// <summary>... or when the oldest signal in it has waited this long, whichever comes first.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:01:00")]
    public TimeSpan FlushInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How often the maintenance job prunes raw events and takes the lifecycle snapshot.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan MaintenanceInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>A member who joined within this many days is New.</summary>
    [Range(1, 365)]
    public int NewDays { get; set; } = 30;

    /// <summary>A member active within this many days is Active.</summary>
    [Range(1, 365)]
    public int ActiveDays { get; set; } = 30;

    /// <summary>A member inactive for this many days or more is Dormant; between <see cref="ActiveDays"/> and this, At risk.</summary>
    [Range(2, 3650)]
    public int DormantDays { get; set; } = 90;
}
