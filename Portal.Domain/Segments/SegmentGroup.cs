namespace Portal.Domain.Segments;

/// <summary>An AND or OR group of conditions, which may hold further groups.</summary>
public sealed record SegmentGroup(SegmentMatch Match, IReadOnlyList<SegmentCondition> Conditions) : SegmentCondition
{
    /// <summary>An empty AND group: everyone.</summary>
    public static SegmentGroup Everyone { get; } = new(SegmentMatch.All, []);
}
