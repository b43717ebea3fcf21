using System.Globalization;

namespace Portal.Domain;

/// <summary>Builds <c>path?name=value&amp;…</c> for the URL types and list pages; parameters without a value (defaults) are left out.</summary>
public static class UrlQuery
{
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
    public static int PageFrom(string? text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var page) && page > 0 ? page : 1;
}
