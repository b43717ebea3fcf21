namespace Portal.Domain.Audit;

/// <summary>
/// An audit entry ready to read as a sentence: who (<see cref="Actor"/>), what (<see cref="Action"/>, an
/// <see cref="Accounts.AuditActions"/> value) and to what (<see cref="Target"/>). <see cref="Note"/> is the action's
/// words (a role, a hiding reason, the segment an announcement went to, a report's period), <see cref="Number"/> the count
/// it names (the days of a silence, the attendees an event message reached), <see cref="From"/> and <see cref="To"/> the
/// boards of a move, <see cref="Place"/> the event where a member's check-in was undone.
/// </summary>
public sealed record AuditLine(
    long Id,
    DateTimeOffset At,
    AuditTarget Actor,
    string Action,
    AuditTarget Target,
    string? Note = null,
    int? Number = null,
    AuditTarget? From = null,
    AuditTarget? To = null,
    AuditTarget? Place = null);
