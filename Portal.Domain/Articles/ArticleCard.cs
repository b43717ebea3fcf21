namespace Portal.Domain.Articles;

/// <summary>A published article as lists show it: the home page, the article list, related articles and the feeds.</summary>
public sealed record ArticleCard(
    int Id, string Title, string Slug, string Summary, ArticleCategory Category, IReadOnlyList<string> Tags, string? CoverFile,
    int ReadingMinutes, DateTimeOffset PublishedAt, DateTimeOffset UpdatedAt, bool IsFeatured)
{
    public string Url => ArticleUrls.Page(Slug);
}
