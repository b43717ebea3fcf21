namespace Portal.Domain.Engagement.Reports;

/// <summary>
/// One value of a dimension in the latest lifecycle snapshot: its members per stage. <see cref="Label"/> is the model's
/// name for models (else null: the UI words "yes", "no" and an unknown city). Withheld (null) below the privacy floor.
/// </summary>
public sealed record SegmentBreakdownRow(string Value, string? Label, long? Members, IReadOnlyList<StageCount> Stages);
