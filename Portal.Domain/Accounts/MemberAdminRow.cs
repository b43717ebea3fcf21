namespace Portal.Domain.Accounts;

/// <summary>One row of the operators' member list.</summary>
public sealed record MemberAdminRow(
    string Id, string DisplayName, string Email, string? City, IReadOnlyList<string> Roles, int Vehicles, int VerifiedVehicles, DateTimeOffset JoinedAt, bool LockedOut);
