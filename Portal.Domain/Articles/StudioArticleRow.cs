namespace Portal.Domain.Articles;

/// <summary>One line of the Studio's article list.</summary>
public sealed record StudioArticleRow(
    int Id, string Title, string Slug, ArticleStatus Status, ArticleCategory Category, string AuthorId, string AuthorName,
    DateTimeOffset UpdatedAt, string UpdatedById, string UpdatedByName, DateTimeOffset? ScheduledFor, DateTimeOffset? PublishedAt, bool IsFeatured);
