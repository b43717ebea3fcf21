namespace Portal.Domain.Segments;

/// <summary>
/// Signed up for or attended events at least N times in the window: any event, the one with <see cref="EventId"/>, or
/// events in <see cref="City"/>.
/// </summary>
public sealed record EventCondition(EventParticipation Participation, int Days, int AtLeast = 1, int? EventId = null, string? City = null)
    : BehaviourCondition(Days, AtLeast);
