using Portal.Domain.Accounts;

namespace Portal.Domain.Forums;

/// <summary>A name beside a post: the member's badges, and the model of the car they drive (verified first).</summary>
public sealed record ForumAuthor(MemberSummary Member, string? ModelName);
