namespace Portal.Domain.Accounts;

/// <summary>The editable part of an owner's profile.</summary>
public sealed record ProfileInput(string DisplayName, string? City, string? Bio, string TimeZoneId);
