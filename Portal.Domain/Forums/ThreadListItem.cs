using Portal.Domain.Accounts;

namespace Portal.Domain.Forums;

public sealed record ThreadListItem(
    long Id,
    string Title,
    string Slug,
    MemberSummary Author,
    MemberSummary LastPoster,
    DateTimeOffset CreatedAt,
    DateTimeOffset LastActivityAt,
    int ReplyCount,
    int ReactionCount,
    int ViewCount,
    bool IsPinned,
    bool IsLocked,
    bool IsHidden,
    bool IsAnswered,
    IReadOnlyList<string> Tags);
