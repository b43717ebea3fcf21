namespace Portal.Domain.Accounts;

/// <summary>How a member appears wherever their name is shown: name, avatar, verified-owner and staff badges.</summary>
public sealed record MemberSummary(string Id, string DisplayName, string? AvatarFile, bool IsVerifiedOwner, bool IsStaff);
