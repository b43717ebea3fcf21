namespace Portal.Domain.Engagement.Reports;

/// <summary>
/// Which members a lifecycle report covers: everyone (<see cref="All"/>), or one value of a profile dimension
/// (<see cref="SegmentDimensions.Model"/>: a model id or "none"; <see cref="SegmentDimensions.Region"/>: a city, "" for
/// unknown; <see cref="SegmentDimensions.Verified"/>: "yes" or "no"). Segments are the members' as they are now.
/// </summary>
public sealed record SegmentFilter(string Dimension, string Value)
{
    public static SegmentFilter All { get; } = new("", "");

    /// <summary>The dimensions a lifecycle report can be broken down by.</summary>
    public static IReadOnlyList<string> Dimensions { get; } = [SegmentDimensions.Model, SegmentDimensions.Region, SegmentDimensions.Verified];

    public bool IsAll => Dimension.Length == 0;
}
