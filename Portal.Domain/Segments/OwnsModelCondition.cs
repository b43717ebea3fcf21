namespace Portal.Domain.Segments;

/// <summary>Has a car of the model in the garage (of <see cref="Year"/> when given).</summary>
public sealed record OwnsModelCondition(int ModelId, int? Year = null) : SegmentCondition;
