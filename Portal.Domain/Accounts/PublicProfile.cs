namespace Portal.Domain.Accounts;

/// <summary>A member's public page: no email, no VINs.</summary>
public sealed record PublicProfile(
    MemberSummary Member, string? City, string? Bio, DateTimeOffset JoinedAt, IReadOnlyList<PublicVehicle> Vehicles);
