using Portal.Domain.Articles;

namespace Portal.Studio.Articles;

/// <summary>
/// The browser's own copy of unsaved edits (localStorage), so a reload or a lost circuit loses nothing: the fields, the
/// version they were based on, and when they were typed (server clock).
/// </summary>
public sealed record LocalArticleCopy(ArticleDraft Draft, int BaseVersion, DateTimeOffset EditedAt);
