using Portal.Domain.Accounts;

namespace Portal.Domain.Forums;

/// <summary>A recent reply in a discussion: who wrote it, when, the start of its text and its address.</summary>
public sealed record DiscussionReply(long PostId, MemberSummary Author, string Excerpt, DateTimeOffset CreatedAt, string Url);
