namespace Portal.Domain.Engagement.History;

/// <summary>What a generated history's members look at: forum threads, articles and events, each from when it exists.</summary>
public sealed record HistoryContent(IReadOnlyList<HistoryThread> Threads, IReadOnlyList<HistoryArticle> Articles, IReadOnlyList<HistoryEvent> Events);
