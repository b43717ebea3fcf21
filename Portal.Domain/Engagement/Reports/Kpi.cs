namespace Portal.Domain.Engagement.Reports;

/// <summary>One headline number for a period and the period before; a side is null when the privacy floor withholds it.</summary>
public sealed record Kpi(double? Current, double? Previous);
