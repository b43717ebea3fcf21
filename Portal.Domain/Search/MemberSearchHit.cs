using Portal.Domain.Accounts;

namespace Portal.Domain.Search;

/// <summary>A member whose name matches: with their city and the car they drive, so two members of the same name can be told apart.</summary>
public sealed record MemberSearchHit(MemberSummary Member, string? City, string? Model);
