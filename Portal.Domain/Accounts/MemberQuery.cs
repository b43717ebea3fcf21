namespace Portal.Domain.Accounts;

/// <summary>
/// The operators' member list filters: name or email, has a verified car (yes/no), owns a model, city, role, joined
/// between local days (both included, in <see cref="PortalOptions.DefaultTimeZone"/>), and the page (from 1).
/// </summary>
public sealed record MemberQuery(
    string? Search = null, bool? Verified = null, int? ModelId = null, string? City = null, string? Role = null,
    DateOnly? JoinedFrom = null, DateOnly? JoinedTo = null, int Page = 1);
