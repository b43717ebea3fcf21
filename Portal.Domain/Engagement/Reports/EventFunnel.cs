namespace Portal.Domain.Engagement.Reports;

/// <summary>One event's funnel: its views (from the per-item day rollups of <c>event.viewed</c>) and its sign-ups.</summary>
public sealed record EventFunnel(int EventId, string Title, string Slug, string City, DateTimeOffset StartsAt, string TimeZoneId, bool Ended, long Views, FunnelCounts Counts);
