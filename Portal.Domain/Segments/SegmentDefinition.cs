namespace Portal.Domain.Segments;

/// <summary>
/// What a segment selects: a tree of conditions under one root group. <see cref="Version"/> is the JSON's format (1 today),
/// so a later format can read older saved segments.
/// </summary>
public sealed record SegmentDefinition(SegmentGroup Root)
{
    public const int CurrentVersion = 1;

    public int Version { get; init; } = CurrentVersion;

    /// <summary>No conditions: every member.</summary>
    public static SegmentDefinition Everyone { get; } = new(SegmentGroup.Everyone);

    /// <summary>All of <paramref name="conditions"/> (AND).</summary>
    public static SegmentDefinition AllOf(params SegmentCondition[] conditions) => new(new SegmentGroup(SegmentMatch.All, conditions));
}
