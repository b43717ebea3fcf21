namespace Portal.Domain.Garage;

/// <summary>The verification queue's filters (a model, the owner's city) and the page (from 1).</summary>
public sealed record VerificationQuery(int? ModelId = null, string? City = null, int Page = 1);
