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

    /// <summary>The filter as one query value (<c>region:上海</c>), null for <see cref="All"/>: a page's and a CSV link's <c>id</c>.</summary>
    public string? Id => IsAll ? null : $"{Dimension}:{Value}";

    /// <summary>The filter an <see cref="Id"/> names: <see cref="All"/> for none, null for one that names no breakdown dimension.</summary>
    public static SegmentFilter? Parse(string? id)
    {
        if (string.IsNullOrEmpty(id))
        {
            return All;
        }

        var colon = id.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 && Dimensions.Contains(id[..colon]) ? new SegmentFilter(id[..colon], id[(colon + 1)..]) : null;
    }
}
