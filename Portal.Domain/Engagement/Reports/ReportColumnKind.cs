namespace Portal.Domain.Engagement.Reports;

/// <summary>How a report column's cells are read, shown and written to CSV.</summary>
public enum ReportColumnKind
{
    /// <summary>Text (a name or title); as the first column it labels the chart's x axis or donut slices.</summary>
    Label = 0,

    /// <summary>A local day (<see cref="DateOnly.DayNumber"/>); as the first column it is the chart's x axis.</summary>
    Day = 1,

    /// <summary>A whole number: events or members.</summary>
    Count = 2,

    /// <summary>A share from 0 to 1, shown as a percentage.</summary>
    Percent = 3,
}
