namespace Portal.Domain.Events;

/// <summary>
/// One event's numbers in the Studio: page views (from the daily rollups), confirmed sign-ups (people and the guests they
/// bring), people waiting, and people checked in at the door.
/// </summary>
public sealed record StudioEventNumbers(long Views, int People, int Guests, int Waitlisted, int Attended);
