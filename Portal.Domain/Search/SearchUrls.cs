using System.Globalization;

namespace Portal.Domain.Search;

/// <summary>Addresses of the site search: everything, one group, one page of a group.</summary>
public static class SearchUrls
{
    public const string Index = "/search";

    public static string For(string query, SearchKind? kind = null, int page = 1) =>
        UrlQuery.Append(
            Index,
            ("q", query),
            ("type", kind?.ToString().ToLowerInvariant()),
            ("page", page > 1 ? page.ToString(CultureInfo.InvariantCulture) : null));

    /// <summary>The group a <c>type</c> value names, or null (everything) for none or anything else.</summary>
    public static SearchKind? KindFrom(string? type) => UrlQuery.EnumFrom<SearchKind>(type);
}
