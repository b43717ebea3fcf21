namespace Portal.Domain.Articles;

/// <summary>
/// Which published articles to list: in a category, with a tag, and "for my car" (<see cref="ForMemberCars"/> is the
/// member whose garage picks the models). <see cref="Page"/> below 1 reads as 1, past the end as the last page.
/// </summary>
public sealed record ArticleListQuery(ArticleCategory? Category = null, string? Tag = null, string? ForMemberCars = null, int Page = 1);
