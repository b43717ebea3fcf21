namespace Portal.Domain.Articles;

/// <summary>The Studio list's filters: status, category and words in the title (all optional).</summary>
public sealed record StudioArticleQuery(ArticleStatus? Status = null, ArticleCategory? Category = null, string? Search = null);
