namespace Portal.Domain.Engagement;

/// <summary>
/// One member's activity profile, kept as batches are written and refreshed by the maintenance job: when they joined,
/// were first seen and last active, their segment as last seen and their lifecycle stage.
/// </summary>
public sealed class EngagementProfile
{
    public required string MemberId { get; set; }

    public DateTimeOffset JoinedAt { get; set; }

    /// <summary>Monday of the local week the member joined in (<see cref="DateOnly.DayNumber"/>): their retention cohort.</summary>
    public int JoinWeek { get; set; }

    public DateTimeOffset? FirstSeenAt { get; set; }

    public DateTimeOffset? LastActiveAt { get; set; }

    public string Models { get; set; } = "";

    public bool Verified { get; set; }

    public string? Region { get; set; }

    public LifecycleStage Stage { get; set; }
}
