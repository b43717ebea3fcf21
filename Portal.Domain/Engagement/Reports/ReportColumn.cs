namespace Portal.Domain.Engagement.Reports;

/// <summary>One column of a <see cref="ReportTable"/>: a key the UI and the CSV header localise (<c>Column.{Key}</c>) and its kind.</summary>
public sealed record ReportColumn(string Key, ReportColumnKind Kind)
{
    /// <summary>True for the columns a chart plots as series (counts and percentages).</summary>
    public bool IsValue => Kind is ReportColumnKind.Count or ReportColumnKind.Percent;
}
