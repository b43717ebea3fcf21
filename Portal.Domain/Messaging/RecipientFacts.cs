namespace Portal.Domain.Messaging;

/// <summary>What the guard rails need to know about a member.</summary>
internal sealed record RecipientFacts(string Id, DateTimeOffset? MarketingConsentAt, string TimeZoneId, bool EmailConfirmed, string? PreferredCulture);
