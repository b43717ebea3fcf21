namespace Portal.Domain.Engagement.History;

/// <summary>An article, read from when it went live.</summary>
public sealed record HistoryArticle(int Id, DateTimeOffset PublishedAt);
