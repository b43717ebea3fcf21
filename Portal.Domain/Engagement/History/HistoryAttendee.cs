namespace Portal.Domain.Engagement.History;

/// <summary>A member's sign-up to a <see cref="HistoryEvent"/>: when, whether it went to the waitlist, and the check-in if any.</summary>
public sealed record HistoryAttendee(string MemberId, DateTimeOffset SignedUpAt, bool Waitlisted, DateTimeOffset? CheckedInAt);
