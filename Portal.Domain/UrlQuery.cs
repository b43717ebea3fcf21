using System.Globalization;

namespace Portal.Domain;

/// <summary>
/// Builds <c>path?name=value&amp;…</c> for the URL types and list pages (parameters without a value, the defaults, are
/// left out), and reads values back from an address: the one place a page turns query or route text into a number,
/// flag, name or date. Every reader takes any text (<c>abc</c>, <c>1.5</c>, <c>2147483648</c>, 5 KB, NUL) and answers the
/// default instead of throwing, so a hand-edited address never costs a 500.
/// </summary>
public static class UrlQuery
{
    public const string DayFormat = "yyyy-MM-dd";
    public const string MonthFormat = "yyyy-MM";

    public static string Append(string path, params ReadOnlySpan<(string Name, string? Value)> parameters)
    {
        var query = new List<string>();
        foreach (var (name, value) in parameters)
        {
            if (value is not null)
            {
                query.Add($"{name}={Uri.EscapeDataString(value)}");
            }
        }

        return query.Count > 0 ? $"{path}?{string.Join('&', query)}" : path;
    }

    /// <summary>A page number read from a query string: anything that is not a whole number from 1 up (<c>abc</c>, <c>1.5</c>, <c>2147483648</c>) reads as 1.</summary>
    public static int PageFrom(string? text) => NumberFrom(text) is { } page and > 0 ? page : 1;

    /// <summary>A whole number from 0 up (an id, a count), or null for anything else (signs, fractions, past <see cref="int.MaxValue"/>).</summary>
    public static int? NumberFrom(string? text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : null;

    /// <summary>A flag: <c>true</c> (any case) is on, anything else (absent, <c>abc</c>, <c>1</c>) is off.</summary>
    public static bool FlagFrom(string? text) => bool.TryParse(text, out var flag) && flag;

    /// <summary>One of <typeparamref name="T"/>'s names (any case), or null: numbers (<c>7</c>, <c>-1</c>) and combinations never read as a value.</summary>
    public static T? EnumFrom<T>(string? text)
        where T : struct, Enum =>
        text is { Length: > 0 } && Enum.GetNames<T>().FirstOrDefault(name => name.Equals(text, StringComparison.OrdinalIgnoreCase)) is { } found
            ? Enum.Parse<T>(found)
            : null;

    /// <summary>A day written <c>2026-12-06</c>, or null.</summary>
    public static DateOnly? DayFrom(string? text) =>
        DateOnly.TryParseExact(text, DayFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;

    /// <summary>A month written <c>2026-12</c>, as its first day, or null.</summary>
    public static DateOnly? MonthFrom(string? text) =>
        DateOnly.TryParseExact(text, MonthFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var month) ? month : null;
}
