namespace Portal.Domain.Engagement;

/// <summary>The identity of one <see cref="EngagementRollup"/> row.</summary>
internal readonly record struct RollupKey(RollupGrain Grain, long Period, string Metric, string TargetType, string TargetId, string Dimension, string Value);
