namespace Portal.Domain.Articles;

/// <summary>The article's discussion thread as the article page shows it: how many replies, the latest few, where to join.</summary>
public sealed record ArticleDiscussion(long ThreadId, string Url, int ReplyCount, IReadOnlyList<ArticleReply> Latest);
