namespace Portal.Domain.Forums;

/// <summary>
/// The discussion thread of an article or an event as its page shows it: how many replies, the latest few, where to join.
/// </summary>
public sealed record ThreadDiscussion(long ThreadId, string Url, int ReplyCount, IReadOnlyList<DiscussionReply> Latest);
