namespace Portal.Domain.Segments;

/// <summary>Has at least one car in the garage without a VIN.</summary>
public sealed record CarWithoutVinCondition : SegmentCondition;
