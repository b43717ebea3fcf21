namespace Portal.Domain.Articles;

/// <summary>One page of the Studio's article list, with how many articles match the filters.</summary>
public sealed record StudioArticlePage(IReadOnlyList<StudioArticleRow> Rows, int Total, int Page, int PageCount);
