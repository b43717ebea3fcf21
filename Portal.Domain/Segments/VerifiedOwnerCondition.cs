namespace Portal.Domain.Segments;

/// <summary>Has at least one car an operator has verified.</summary>
public sealed record VerifiedOwnerCondition : SegmentCondition;
