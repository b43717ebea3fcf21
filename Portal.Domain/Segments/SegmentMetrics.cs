using Portal.Domain.Engagement;

namespace Portal.Domain.Segments;

/// <summary>What a segment's members did over the last 30 local days, and where they are in their lifecycle, counted in SQL.</summary>
public sealed record SegmentMetrics(
    int Members,
    int ActiveLast7Days,
    int ActiveLast30Days,
    long Threads,
    long Replies,
    long Reactions,
    long SignUps,
    long CheckIns,
    IReadOnlyDictionary<LifecycleStage, int> Stages);
