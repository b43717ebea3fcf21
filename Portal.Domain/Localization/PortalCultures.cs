using System.Globalization;

namespace Portal.Domain.Localization;

/// <summary>
/// The two cultures Portal speaks, as every page and email formats with them. English writes dates day-first with the
/// month's name (<c>4 Aug 2026</c>, <c>Tuesday 4 August 2026</c>), which no reader in any country misreads, where the
/// stock <c>en</c> culture writes <c>8/4/2026</c>; Chinese keeps its own (<c>2026/8/4</c>, <c>2026年8月4日星期二</c>).
/// </summary>
public static class PortalCultures
{
    public const string EnglishName = "en";
    public const string ChineseName = "zh-CN";

    public static CultureInfo English { get; } = CreateEnglish();

    public static CultureInfo Chinese { get; } = CultureInfo.ReadOnly(new CultureInfo(ChineseName));

    public static IReadOnlyList<CultureInfo> Supported { get; } = [English, Chinese];

    /// <summary>Chinese for any <c>zh</c> name, otherwise English (the default).</summary>
    public static CultureInfo For(string? name) => IsChinese(name) ? Chinese : English;

    public static bool IsChinese(string? name) => name is not null && name.StartsWith("zh", StringComparison.OrdinalIgnoreCase);

    private static CultureInfo CreateEnglish()
    {
        var culture = new CultureInfo(EnglishName);
        culture.DateTimeFormat.ShortDatePattern = "d MMM yyyy";
        culture.DateTimeFormat.LongDatePattern = "dddd d MMMM yyyy";
        culture.DateTimeFormat.FullDateTimePattern = "dddd d MMMM yyyy h:mm:ss tt";
        culture.DateTimeFormat.MonthDayPattern = "d MMMM";
        return CultureInfo.ReadOnly(culture);
    }
}
