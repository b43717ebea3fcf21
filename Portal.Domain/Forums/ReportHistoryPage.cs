namespace Portal.Domain.Forums;

/// <summary>One page of resolved reports, newest first, with the number of decisions the filter matches.</summary>
public sealed record ReportHistoryPage(IReadOnlyList<ResolvedReport> Items, int Page, int PageCount, int Total);
