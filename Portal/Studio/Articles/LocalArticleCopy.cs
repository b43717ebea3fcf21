using System.Text.Json;
using Portal.Domain.Articles;

namespace Portal.Studio.Articles;

/// <summary>
/// The browser's own copy of unsaved edits (localStorage), so a reload or a lost circuit loses nothing: the fields, the
/// version they were based on, and when they were typed (server clock).
/// </summary>
public sealed record LocalArticleCopy(ArticleDraft Draft, int BaseVersion, DateTimeOffset EditedAt)
{
    /// <summary>
    /// Whether the server's text makes this copy pointless: the same fields, or saved (at <paramref name="savedAt"/>, null
    /// for an article not saved yet) after the copy was typed.
    /// </summary>
    public bool OutdatedBy(ArticleDraft server, DateTimeOffset? savedAt) =>
        JsonSerializer.Serialize(Draft) == JsonSerializer.Serialize(server) || (savedAt is { } at && EditedAt <= at);
}
