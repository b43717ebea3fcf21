namespace Portal.Domain.Engagement.Reports;

/// <summary>
/// One row of a <see cref="ReportTable"/>; <paramref name="Key"/> identifies the item the row is about (a thread id), if any,
/// and <paramref name="Note"/> marks it for operators (a <see cref="ReportNotes"/> value such as hidden or unpublished).
/// </summary>
public sealed record ReportRow(IReadOnlyList<ReportCell> Cells, string? Key = null, string? Note = null);
