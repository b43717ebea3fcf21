using System.Globalization;
using Portal.Domain;
using Portal.Domain.Articles;

namespace Portal.Articles;

/// <summary>Addresses of the article list with its filters and page: every filter and page is a plain link.</summary>
internal static class ArticleListLinks
{
    public static string For(ArticleCategory? category, string? tag, bool forMyCar, int page) => UrlQuery.Append(
        ArticleUrls.Index,
        ("category", category is { } c ? ArticleUrls.CategorySlug(c) : null),
        ("tag", string.IsNullOrWhiteSpace(tag) ? null : tag),
        ("car", forMyCar ? "true" : null),
        ("page", page > 1 ? page.ToString(CultureInfo.InvariantCulture) : null));
}
