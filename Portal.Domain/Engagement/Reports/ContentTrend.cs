namespace Portal.Domain.Engagement.Reports;

/// <summary>One content item's page: its title, its mark for operators (hidden, unpublished) and its daily trend.</summary>
public sealed record ContentTrend(string Title, string? Note, ReportTable Table);
