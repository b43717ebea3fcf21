namespace Portal.Domain.Accounts;

/// <summary>
/// A member's public page: no email, no VINs. <see cref="BioHtml"/> is the bio through the one Markdown pipeline (a post's
/// profile: raw HTML off, sanitised), rendered on read since a bio is short.
/// </summary>
public sealed record PublicProfile(
    MemberSummary Member, string? City, string? Bio, string? BioHtml, DateTimeOffset JoinedAt, IReadOnlyList<PublicVehicle> Vehicles);
