namespace Portal.Domain.Forums;

/// <summary>The reports history's filter (one action, or every decision) and page (from 1).</summary>
public sealed record ReportHistoryQuery(ReportAction? Action = null, int Page = 1);
