namespace Portal.Domain.Accounts;

/// <summary>The numbers and faces the home page shows.</summary>
public sealed record CommunitySnapshot(int Members, int VerifiedOwners, IReadOnlyList<ModelOwnership> Models, IReadOnlyList<MemberSummary> NewestMembers);
