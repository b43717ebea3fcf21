namespace Portal.Domain.Forums;

public sealed record ThreadHeader(
    long Id,
    string Title,
    string Slug,
    int BoardId,
    string BoardSlug,
    string BoardName,
    string BoardNameZh,
    string AuthorId,
    DateTimeOffset CreatedAt,
    int PostCount,
    int ViewCount,
    bool IsPinned,
    bool IsLocked,
    bool IsHidden,
    string? HiddenReason,
    long? AcceptedPostId,
    long? OfficialPostId,
    IReadOnlyList<string> Tags);
