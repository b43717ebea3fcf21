namespace Portal.Domain.Engagement.Reports;

/// <summary>
/// One event's funnel: its views (from the per-item day rollups of <c>event.viewed</c>) and its sign-ups.
/// <see cref="StartDay"/> is the local day (<see cref="EngagementCalendar"/>) it starts on.
/// </summary>
public sealed record EventFunnel(int EventId, string Title, string City, DateTimeOffset StartsAt, int StartDay, bool Ended, long Views, FunnelCounts Counts);
