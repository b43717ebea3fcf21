namespace Portal.Domain.Events;

/// <summary>A confirmed sign-up the check-in search found.</summary>
public sealed record CheckInMatch(long SignupId, string DisplayName, int Guests, string Code, DateTimeOffset? CheckedInAt);
