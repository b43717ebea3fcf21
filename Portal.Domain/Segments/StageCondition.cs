using Portal.Domain.Engagement;

namespace Portal.Domain.Segments;

/// <summary>The member's lifecycle stage on their profile (kept by the engagement store and the hourly maintenance).</summary>
public sealed record StageCondition(LifecycleStage Stage) : SegmentCondition;
