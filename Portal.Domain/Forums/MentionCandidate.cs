using Portal.Domain.Accounts;

namespace Portal.Domain.Forums;

/// <summary>
/// A member the mention picker offers: name and avatar, the city and the car they drive (model and year), enough to tell
/// two members of the same name apart; <see cref="InThread"/> when they have posted in the thread being answered.
/// </summary>
public sealed record MentionCandidate(MemberSummary Member, string? City, string? CarModel, int? CarYear, bool InThread);
