namespace Portal.Domain.Engagement.History;

/// <summary>
/// The span of a generated history: the <see cref="Days"/> local days up to <see cref="Until"/>, about
/// <see cref="TargetEvents"/> events in all (or the members' natural volume when null), written in batches of
/// <see cref="BatchSize"/> events, with a lifecycle snapshot for each of the last <see cref="LifecycleWeeks"/> weeks.
/// </summary>
public sealed record HistoryPlan(int Days, DateTimeOffset Until, long? TargetEvents = null, int BatchSize = 20_000, int LifecycleWeeks = 53);
