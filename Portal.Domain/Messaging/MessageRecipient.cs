namespace Portal.Domain.Messaging;

/// <summary>What delivering needs to know about a member.</summary>
public sealed record MessageRecipient(string Id, string DisplayName, string? Email, bool EmailConfirmed, string? PreferredCulture, DateTimeOffset? MarketingConsentAt);
