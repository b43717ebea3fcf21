using Portal.Domain.Accounts;

namespace Portal.Domain.Events;

/// <summary>One face in "who's coming": the member, or null for an attendee who hid their name (shown as "a member").</summary>
public sealed record EventGoer(long SignupId, MemberSummary? Member);
