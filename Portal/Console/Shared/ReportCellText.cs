using System.Globalization;
using Microsoft.Extensions.Localization;
using Portal.Domain.Engagement;
using Portal.Domain.Engagement.Reports;

namespace Portal.Console.Shared;

/// <summary>How a report cell reads on screen, in the viewer's culture: the one place "fewer than N" is worded.</summary>
internal static class ReportCellText
{
    public static string Format(IStringLocalizer<ConsoleText> text, ReportColumn column, ReportCell cell, int minGroupSize) =>
        cell.IsWithheld ? Withheld(text, minGroupSize) : (column.Kind, cell.Number) switch
        {
            (ReportColumnKind.Label, _) => cell.Text ?? "",
            (_, null) => "—",
            (ReportColumnKind.Day, { } day) => EngagementCalendar.DateOf((int)day).ToString("d", CultureInfo.CurrentCulture),
            (ReportColumnKind.Percent, { } share) => share.ToString("P1", CultureInfo.CurrentCulture),
            (_, { } number) => number.ToString("N0", CultureInfo.CurrentCulture),
        };

    /// <summary>"fewer than 5": a cell the privacy floor withholds.</summary>
    public static string Withheld(IStringLocalizer<ConsoleText> text, int minGroupSize) => text["Report.FewerThan", minGroupSize];
}
