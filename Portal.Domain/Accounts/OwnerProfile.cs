namespace Portal.Domain.Accounts;

/// <summary>A member's profile as they edit it.</summary>
public sealed record OwnerProfile(
    string Id, string Email, string DisplayName, string? City, string? Bio, string? AvatarFile, string TimeZoneId, DateTimeOffset JoinedAt);
