using System.Globalization;
using Portal.Domain.Accounts;

namespace Portal.Events;

/// <summary>Event times as text in a given zone and the current culture.</summary>
internal static class EventTimes
{
    public static DateTimeOffset In(DateTimeOffset at, string timeZoneId) => TimeZoneInfo.ConvertTime(at, TimeZones.Find(timeZoneId));

    public static TimeSpan Offset(DateTimeOffset at, string timeZoneId) => In(at, timeZoneId).Offset;

    /// <summary>"Saturday, 12 December 2026 19:00–21:00" (the end's date too when it is another day).</summary>
    public static string Range(DateTimeOffset start, DateTimeOffset end, string timeZoneId)
    {
        var (s, e) = (In(start, timeZoneId), In(end, timeZoneId));
        var culture = CultureInfo.CurrentCulture;
        var first = $"{s.ToString("D", culture)} {s.ToString("t", culture)}";
        return s.Date == e.Date ? $"{first}–{e.ToString("t", culture)}" : $"{first} – {e.ToString("D", culture)} {e.ToString("t", culture)}";
    }

    /// <summary>"Asia/Shanghai (UTC+08:00)": the IANA name reads the same in every language.</summary>
    public static string ZoneName(DateTimeOffset at, string timeZoneId)
    {
        var offset = Offset(at, timeZoneId);
        var sign = offset < TimeSpan.Zero ? "-" : "+";
        return $"{timeZoneId} (UTC{sign}{offset.Duration():hh\\:mm})";
    }

    /// <summary>The time ("2:00 PM", "14:00") and the day ("12 December", "12月12日") of an instant, in the culture's own forms.</summary>
    public static (string Time, string Day) TimeAndDay(DateTimeOffset at, string timeZoneId)
    {
        var local = In(at, timeZoneId);
        var culture = CultureInfo.CurrentCulture;
        return (local.ToString("t", culture), local.ToString(culture.DateTimeFormat.MonthDayPattern, culture));
    }

    public static string Short(DateTimeOffset at, string timeZoneId)
    {
        // The culture's own month-day order: "Fri December 18" in English, "周五 12月18日" in Chinese.
        var local = In(at, timeZoneId);
        var culture = CultureInfo.CurrentCulture;
        return $"{local.ToString("ddd", culture)} {local.ToString(culture.DateTimeFormat.MonthDayPattern, culture)} {local.ToString("t", culture)}";
    }
}
