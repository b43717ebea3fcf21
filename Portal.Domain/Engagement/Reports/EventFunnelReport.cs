namespace Portal.Domain.Engagement.Reports;

/// <summary>The funnels of the published events starting in a range of local days: per event (newest first), per city and in total.</summary>
public sealed record EventFunnelReport(int FirstDay, int LastDay, IReadOnlyList<EventFunnel> Events, IReadOnlyList<FunnelSummary> Cities, FunnelSummary Total);
