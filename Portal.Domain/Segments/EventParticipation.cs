namespace Portal.Domain.Segments;

/// <summary>What an event condition counts, from <c>EventSignups</c> (the source of truth).</summary>
public enum EventParticipation
{
    /// <summary>Holds a confirmed seat (not cancelled) taken in the window (<c>SignedUpAt</c>).</summary>
    SignedUp,

    /// <summary>Was checked in during the window (<c>CheckedInAt</c>).</summary>
    Attended,
}
