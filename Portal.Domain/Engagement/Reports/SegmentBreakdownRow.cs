namespace Portal.Domain.Engagement.Reports;

/// <summary>
/// One value of a dimension in the latest lifecycle snapshot: its members per stage. <see cref="Label"/> is the model's
/// name, the city, or words for verified, not verified, no car and no city (<see cref="SegmentText"/>). Withheld (null)
/// below the privacy floor.
/// </summary>
public sealed record SegmentBreakdownRow(string Value, string Label, long? Members, IReadOnlyList<StageCount> Stages);
