namespace Portal.Domain.Forums;

/// <summary>
/// A post as the viewer may see it. For a deleted post, or a hidden one shown to a non-moderator,
/// <see cref="Html"/> and <see cref="Body"/> are empty and the page shows a placeholder instead.
/// </summary>
public sealed record PostView(
    long Id,
    int Number,
    ForumAuthor Author,
    string Html,
    string Body,
    DateTimeOffset CreatedAt,
    DateTimeOffset? EditedAt,
    bool IsDeleted,
    bool IsHidden,
    string? HiddenReason,
    int LikeCount,
    int HelpfulCount,
    bool LikedByViewer,
    bool HelpfulByViewer);
