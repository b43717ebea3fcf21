namespace Portal.Domain.Events;

/// <summary>The door's numbers: sign-ups and people (members plus guests) expected and present.</summary>
public sealed record CheckInCounts(int Signups, int People, int CheckedInSignups, int CheckedInPeople);
