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
}
