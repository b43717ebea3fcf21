namespace Portal.Domain.Articles;

/// <summary>An article as the editor opens it: the draft fields, where it is in its life, and the version edits start from.</summary>
public sealed record ArticleEditorState(
    int Id, ArticleDraft Draft, string Slug, ArticleStatus Status, int Version, string? CoverFile,
    DateTimeOffset? ScheduledFor, DateTimeOffset? PublishedAt, DateTimeOffset UpdatedAt, string UpdatedById, string UpdatedByName, long? ThreadId);
