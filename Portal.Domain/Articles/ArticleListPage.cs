namespace Portal.Domain.Articles;

/// <summary>
/// One page of the article list. <see cref="Featured"/> (the newest article flagged featured among those listed, else
/// the newest) leads page 1 and is not repeated in <see cref="Items"/> on any page.
/// </summary>
public sealed record ArticleListPage(ArticleCard? Featured, IReadOnlyList<ArticleCard> Items, int Page, int PageCount, int Total);
