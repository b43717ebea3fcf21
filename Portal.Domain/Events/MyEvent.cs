namespace Portal.Domain.Events;

/// <summary>One of a member's sign-ups, for "My events".</summary>
public sealed record MyEvent(EventCard Event, SignupOutcome Signup);
