using Portal.Domain.Engagement;

namespace Portal.Domain.Segments;

/// <summary>One member of a segment as its sample and its CSV list show them.</summary>
public sealed record SegmentMemberRow(
    string Id,
    string DisplayName,
    string? City,
    IReadOnlyList<int> ModelIds,
    bool Verified,
    LifecycleStage? Stage,
    DateTimeOffset JoinedAt,
    DateTimeOffset? LastActiveAt);
