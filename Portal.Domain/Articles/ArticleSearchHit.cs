namespace Portal.Domain.Articles;

/// <summary>
/// A published article matching a search. <see cref="SnippetHtml"/> is HTML-encoded text with the matched words in
/// <c>&lt;mark&gt;</c>; nothing else in it is markup.
/// </summary>
public sealed record ArticleSearchHit(int Id, string Title, string Url, ArticleCategory Category, DateTimeOffset PublishedAt, string SnippetHtml);
