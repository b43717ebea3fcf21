using System.Globalization;

namespace Portal.Domain.Engagement.Reports;

/// <summary>
/// The local days a report covers, <see cref="From"/> to <see cref="To"/> inclusive (<see cref="DateOnly.DayNumber"/>s in
/// <c>Portal:DefaultTimeZone</c>): one of the presets ending today, or a custom range. Kept in the query string
/// (<c>?days=30</c> or <c>?from=2026-03-01&amp;to=2026-03-31</c>) so a reload, a shared link and a CSV link agree.
/// </summary>
public sealed record ReportPeriod
{
    public const int DefaultDays = 30;

    /// <summary>The longest custom range; longer ones keep their last <see cref="MaxDays"/> days.</summary>
    public const int MaxDays = 366;

    public const string DaysParameter = "days";
    public const string FromParameter = "from";
    public const string ToParameter = "to";


    /// <summary>No custom range starts before this day, so a previous period is always a real date.</summary>
    private static readonly int FirstDay = new DateOnly(2000, 1, 1).DayNumber;

    private ReportPeriod(int from, int to, int? preset)
    {
        From = from;
        To = to;
        Preset = preset;
    }

    public static IReadOnlyList<int> Presets { get; } = [7, 30, 90];

    public int From { get; }

    public int To { get; }

    /// <summary>The preset's number of days, or null for a custom range.</summary>
    public int? Preset { get; }

    public int Days => To - From + 1;

    /// <summary>The same number of days just before this period.</summary>
    public ReportPeriod Previous => new(From - Days, From - 1, Preset);

    public IEnumerable<int> EachDay => Enumerable.Range(From, Days);

    public DateOnly FromDate => EngagementCalendar.DateOf(From);

    public DateOnly ToDate => EngagementCalendar.DateOf(To);

    /// <summary>The period for file names: <c>2026-03-01_2026-03-30</c>.</summary>
    public string FileSuffix => $"{Format(From)}_{Format(To)}";

    /// <summary>The query parameters that select this period (for <see cref="UrlQuery.Append"/>).</summary>
    public (string Name, string? Value)[] Query => Preset is { } days
        ? [(DaysParameter, days.ToString(CultureInfo.InvariantCulture)), (FromParameter, null), (ToParameter, null)]
        : [(DaysParameter, null), (FromParameter, Format(From)), (ToParameter, Format(To))];

    /// <summary>The last <paramref name="days"/> days, ending <paramref name="today"/>.</summary>
    public static ReportPeriod Last(int days, int today) => new(today - days + 1, today, days);

    /// <summary>A custom range, clamped to end no later than <paramref name="today"/> and to at most <see cref="MaxDays"/> days; null when empty.</summary>
    public static ReportPeriod? Between(DateOnly from, DateOnly to, int today)
    {
        var end = Math.Min(to.DayNumber, today);
        var start = Math.Max(Math.Max(from.DayNumber, end - MaxDays + 1), FirstDay);
        return start <= end ? new ReportPeriod(start, end, null) : null;
    }

    /// <summary>
    /// The period the query values ask for, never throwing: a valid custom <paramref name="from"/>/<paramref name="to"/>
    /// first, then a preset <paramref name="days"/>, else the last <see cref="DefaultDays"/> days (<c>?days=abc</c> included).
    /// </summary>
    public static ReportPeriod Parse(string? days, string? from, string? to, int today)
    {
        if (UrlQuery.DayFrom(from) is { } start && UrlQuery.DayFrom(to) is { } end && Between(start, end, today) is { } custom)
        {
            return custom;
        }

        return UrlQuery.NumberFrom(days) is { } n && Presets.Contains(n)
            ? Last(n, today)
            : Last(DefaultDays, today);
    }

    private static string Format(int day) => EngagementCalendar.DateOf(day).ToString(UrlQuery.DayFormat, CultureInfo.InvariantCulture);
}
