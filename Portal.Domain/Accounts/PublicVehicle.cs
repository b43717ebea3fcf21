namespace Portal.Domain.Accounts;

/// <summary>A car as others see it on a member's profile.</summary>
public sealed record PublicVehicle(string ModelName, int Year, string? Nickname, bool Verified);
