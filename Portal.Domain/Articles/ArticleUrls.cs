namespace Portal.Domain.Articles;

/// <summary>Site-relative addresses of articles, their feeds and their Studio pages.</summary>
public static class ArticleUrls
{
    public const string Index = "/articles";
    public const string Rss = "/feed.xml";
    public const string Atom = "/atom.xml";
    public const string Sitemap = "/sitemap.xml";
    public const string Studio = "/studio/articles";
    public const string StudioCreate = "/studio/articles/new";

    public static string Page(string slug) => $"/articles/{Uri.EscapeDataString(slug)}";

    public static string Category(ArticleCategory category) => $"/articles?category={CategorySlug(category)}";

    public static string CategoryFeed(ArticleCategory category) => $"/articles/category/{CategorySlug(category)}/feed.xml";

    public static string Edit(int id) => FormattableString.Invariant($"/studio/articles/{id}");

    public static string Revisions(int id) => FormattableString.Invariant($"/studio/articles/{id}/revisions");

    /// <summary>The category's address segment: <c>news</c>, <c>guides</c>, <c>owner-stories</c>, <c>service-notices</c>.</summary>
    public static string CategorySlug(ArticleCategory category) => category switch
    {
        ArticleCategory.News => "news",
        ArticleCategory.Guides => "guides",
        ArticleCategory.OwnerStories => "owner-stories",
        ArticleCategory.ServiceNotices => "service-notices",
        _ => throw new ArgumentOutOfRangeException(nameof(category)),
    };

    public static ArticleCategory? ParseCategory(string? slug) =>
        Enum.GetValues<ArticleCategory>().Cast<ArticleCategory?>().FirstOrDefault(c => string.Equals(CategorySlug(c!.Value), slug, StringComparison.OrdinalIgnoreCase));
}
