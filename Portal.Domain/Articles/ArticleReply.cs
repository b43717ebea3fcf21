using Portal.Domain.Accounts;

namespace Portal.Domain.Articles;

/// <summary>A recent reply in an article's discussion: who wrote it, when, the start of its text and its address.</summary>
public sealed record ArticleReply(long PostId, MemberSummary Author, string Excerpt, DateTimeOffset CreatedAt, string Url);
