namespace Portal.Domain.Events;

/// <summary>The confirmed attendees and the waitlist (in order) of one event, with the question prompts as column heads.</summary>
public sealed record AttendeeList(int EventId, string Title, string Slug, IReadOnlyList<string> Questions, IReadOnlyList<AttendeeRow> Confirmed, IReadOnlyList<AttendeeRow> Waitlist);
