namespace Portal.Domain.Engagement.Reports;

/// <summary>A member's engagement profile as an operator opens it: dates, stage, recent counts and the first timeline page.</summary>
public sealed record MemberEngagementSummary(
    DateTimeOffset JoinedAt,
    DateTimeOffset? FirstSeenAt,
    DateTimeOffset? LastActiveAt,
    LifecycleStage Stage,
    IReadOnlyList<ActivityWindow> Windows,
    MemberTimelinePage Timeline);
