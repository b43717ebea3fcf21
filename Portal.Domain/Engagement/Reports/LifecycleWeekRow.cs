namespace Portal.Domain.Engagement.Reports;

/// <summary>One week's lifecycle snapshot (the week's Monday as a day number): each stage's members and the change from the week before.</summary>
public sealed record LifecycleWeekRow(int Week, IReadOnlyList<StageCount> Stages);
