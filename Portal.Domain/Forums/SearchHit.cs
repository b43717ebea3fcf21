using Portal.Domain.Accounts;

namespace Portal.Domain.Forums;

/// <summary>
/// One search result. <see cref="SnippetHtml"/> is HTML-encoded text with the matched words in
/// <c>&lt;mark&gt;</c>; nothing else in it is markup.
/// </summary>
public sealed record SearchHit(PostLocation Location, string ThreadTitle, string BoardName, string BoardNameZh, MemberSummary Author, DateTimeOffset CreatedAt, string SnippetHtml);
