namespace Portal.Domain.Engagement.Reports;

/// <summary>
/// One cell of a <see cref="ReportTable"/>: text for a label column, a number for the others (a day number for a day
/// column), nothing when a value is not defined (a rate over zero views), or withheld by the <see cref="PrivacyFloor"/>.
/// </summary>
public readonly record struct ReportCell(string? Text, double? Number, bool IsWithheld)
{
    /// <summary>A cell withheld by the privacy floor; shown as "fewer than N".</summary>
    public static ReportCell Withheld { get; } = new(null, null, true);

    /// <summary>A cell with no value (shown as a dash).</summary>
    public static ReportCell Empty { get; } = new(null, null, false);

    public static ReportCell Label(string text) => new(text, null, false);

    public static ReportCell Day(int day) => new(null, day, false);

    public static ReportCell Of(double value) => new(null, value, false);

    /// <summary>A share of <paramref name="part"/> in <paramref name="whole"/>, or <see cref="Empty"/> when the whole is 0.</summary>
    public static ReportCell Ratio(double part, double whole) => whole > 0 ? Of(part / whole) : Empty;

    /// <summary>A count of members, withheld when it is a group the privacy floor does not show.</summary>
    public static ReportCell Members(PrivacyFloor floor, long members)
    {
        ArgumentNullException.ThrowIfNull(floor);
        return floor.Cell(members, members) is { } shown ? Of(shown) : Withheld;
    }
}
