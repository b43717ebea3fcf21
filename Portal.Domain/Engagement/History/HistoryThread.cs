namespace Portal.Domain.Engagement.History;

/// <summary>A forum thread: viewed, replied to and reacted to from <see cref="CreatedAt"/>, when its author's <c>thread.created</c> is counted.</summary>
public sealed record HistoryThread(long Id, DateTimeOffset CreatedAt, string AuthorId);
