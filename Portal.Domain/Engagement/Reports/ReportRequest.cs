namespace Portal.Domain.Engagement.Reports;

/// <summary>What a report is asked for: its period and, for a per-item report, the item's id.</summary>
public sealed record ReportRequest(ReportPeriod Period, string? Id = null);
