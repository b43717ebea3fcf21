namespace Portal.Domain.Forums;

/// <summary>A thread on the home page's "trending this week": its board, and what happened in it over the last 7 days.</summary>
public sealed record TrendingThread(long Id, string Title, string Slug, string BoardName, string BoardNameZh, long Replies, long Reactions, long Views)
{
    public string Url => ForumUrls.Thread(Id, Slug);
}
