namespace Portal.Domain.Events;

/// <summary>One sign-up on the studio's attendee or waitlist view; <see cref="Answers"/> are in question order (empty string: unanswered).</summary>
public sealed record AttendeeRow(
    long SignupId,
    string MemberId,
    string DisplayName,
    string? City,
    int Guests,
    SignupStatus Status,
    int? WaitlistPosition,
    string Code,
    DateTimeOffset SignedUpAt,
    DateTimeOffset? CheckedInAt,
    IReadOnlyList<string> Answers);
