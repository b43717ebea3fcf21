namespace Portal.Domain.Journeys;

/// <summary>
/// One member's place in a journey, durable in the database: the version they walk, the step they are on and when it
/// runs next, whether they are held out, and when they reached the goal and left. A node claims a batch of due rows
/// (<see cref="ClaimToken"/> until <see cref="ClaimedUntil"/>) with a conditional update, so two nodes never move the same member.
/// </summary>
public sealed class JourneyEnrollment
{
    public long Id { get; set; }

    public int JourneyId { get; set; }

    public int Version { get; set; }

    public required string MemberId { get; set; }

    /// <summary>The index of the step to run next (the steps' count or more: the journey is done).</summary>
    public int Step { get; set; }

    /// <summary>When the next step is due; null once the member has left.</summary>
    public DateTimeOffset? NextRunAt { get; set; }

    public DateTimeOffset EnteredAt { get; set; }

    /// <summary>The local day of <see cref="EnteredAt"/> (<c>Portal:DefaultTimeZone</c>), which goals and conditions count from.</summary>
    public int EntryDay { get; set; }

    public bool HeldOut { get; set; }

    public DateTimeOffset? GoalReachedAt { get; set; }

    public DateTimeOffset? ExitedAt { get; set; }

    /// <summary>A <see cref="JourneyExits"/> value.</summary>
    public string? ExitReason { get; set; }

    public string? ClaimToken { get; set; }

    public DateTimeOffset? ClaimedUntil { get; set; }
}
