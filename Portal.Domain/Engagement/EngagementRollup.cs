namespace Portal.Domain.Engagement;

/// <summary>
/// A count of events of one kind in one period, kept up to date as batches are written. A row is one of: per target
/// type (<see cref="TargetId"/> and <see cref="Dimension"/> empty), per content item (<see cref="TargetId"/> set), or, for
/// days only, per segment dimension value (<see cref="TargetType"/> and <see cref="TargetId"/> empty, <see cref="Dimension"/> set).
/// </summary>
public sealed class EngagementRollup
{
    public RollupGrain Grain { get; set; }

    /// <summary>Hours since the Unix epoch (UTC) for <see cref="RollupGrain.Hour"/>; the local <see cref="DateOnly.DayNumber"/> for days.</summary>
    public long Period { get; set; }

    public required string Metric { get; set; }

    public string TargetType { get; set; } = "";

    public string TargetId { get; set; } = "";

    public string Dimension { get; set; } = "";

    public string Value { get; set; } = "";

    public long Count { get; set; }
}
