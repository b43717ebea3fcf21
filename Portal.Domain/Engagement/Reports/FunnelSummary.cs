namespace Portal.Domain.Engagement.Reports;

/// <summary>Funnels summed: one city's events, or all events in the range (<see cref="City"/> null).</summary>
public sealed record FunnelSummary(string? City, int Events, long Views, FunnelCounts Counts);
