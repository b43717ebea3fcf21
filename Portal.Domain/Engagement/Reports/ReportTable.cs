using System.Globalization;
using Portal.Domain.Content;

namespace Portal.Domain.Engagement.Reports;

/// <summary>
/// What every console report returns, so a chart, its table view and its CSV come from the same numbers. The first
/// column labels the rows (a day or a name); the value columns are the chart's series. <see cref="MinGroupSize"/> is the
/// privacy floor the withheld cells were judged by ("fewer than N").
/// </summary>
public sealed record ReportTable(string Name, IReadOnlyList<ReportColumn> Columns, IReadOnlyList<ReportRow> Rows, int MinGroupSize)
{
    /// <summary>True when some value cell holds more than zero (or was withheld, which means some activity).</summary>
    public bool HasActivity => Rows.Any(r => r.Cells.Where((c, i) => Columns[i].IsValue).Any(c => c.IsWithheld || c.Number > 0));

    /// <summary>
    /// The table as CSV through the one <see cref="CsvWriter"/>: <paramref name="header"/> names each column in the reader's
    /// language; days as yyyy-MM-dd, numbers in the invariant culture, percentages with one decimal and a % sign, withheld
    /// cells as <paramref name="withheld"/>, empty ones blank.
    /// </summary>
    public byte[] ToCsv(Func<ReportColumn, string> header, string withheld)
    {
        ArgumentNullException.ThrowIfNull(header);
        var csv = new CsvWriter().Row(Columns.Select(header));
        foreach (var row in Rows)
        {
            csv.Row(row.Cells.Select((cell, i) => cell.IsWithheld ? withheld : Format(Columns[i].Kind, cell)));
        }

        return csv.ToBytes();
    }

    private static string Format(ReportColumnKind kind, ReportCell cell) => (kind, cell.Number) switch
    {
        (ReportColumnKind.Label, _) => cell.Text ?? "",
        (_, null) => "",
        (ReportColumnKind.Day, { } day) => EngagementCalendar.DateOf((int)day).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        (ReportColumnKind.Percent, { } share) => (share * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%",
        (_, { } number) => number.ToString("0.##", CultureInfo.InvariantCulture),
    };
}
