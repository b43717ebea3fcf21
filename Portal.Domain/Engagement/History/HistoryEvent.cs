namespace Portal.Domain.Engagement.History;

/// <summary>
/// An owners' event, viewed more as it comes closer. With <see cref="Attendees"/> (the real sign-ups), exactly those
/// sign-ups, waitlistings and check-ins are counted; without, viewers sign up by chance and most of them check in.
/// </summary>
public sealed record HistoryEvent(int Id, DateTimeOffset StartsAt, IReadOnlyList<HistoryAttendee>? Attendees);
