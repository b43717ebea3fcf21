namespace Portal.Domain.Engagement;

/// <summary>
/// One interaction worth counting (a thread viewed, a post written). No personal data beyond the member id,
/// which the engagement pipeline turns into a segment.
/// </summary>
public sealed record EngagementSignal(string Kind, string? MemberId, string TargetType, string TargetId, DateTimeOffset At);
