namespace Portal.Domain.Engagement;

/// <summary>What the pipeline stamps on a member's events: their segment when the event arrived.</summary>
public sealed record MemberSegment(DateTimeOffset JoinedAt, string Models, bool Verified, string? Region, DateTimeOffset? LastActiveAt);
