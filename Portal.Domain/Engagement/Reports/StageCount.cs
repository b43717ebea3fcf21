namespace Portal.Domain.Engagement.Reports;

/// <summary>How many members are in a stage, and the change from the week before; null when withheld by the privacy floor.</summary>
public sealed record StageCount(LifecycleStage Stage, long? Members, long? Change);
