namespace Portal.Domain.Data;

/// <summary>
/// A one-off data task (a re-render of stored content, a backfill) that has run to the end on this database, so later
/// starts skip it instead of scanning again. One row per task name.
/// </summary>
public sealed class DataTaskRun
{
    public const int NameMaxLength = 100;

    public required string Name { get; set; }

    public DateTimeOffset CompletedAt { get; set; }

    /// <summary>How many rows the run changed.</summary>
    public int Changed { get; set; }
}
