namespace Portal.Domain.Journeys;

/// <summary>
/// An automation journey: its name, status, holdout share and re-entry policy. What it does (trigger, steps, goal)
/// lives in its <see cref="JourneyVersion"/>s; new entrants get <see cref="CurrentVersion"/>.
/// </summary>
public sealed class Journey
{
    public const int NameMaxLength = 80;

    public int Id { get; set; }

    public required string Name { get; set; }

    public JourneyStatus Status { get; set; }

    /// <summary>The share of entrants (0 to 0.5) who walk the journey with every action skipped, to measure the lift.</summary>
    public double HoldoutShare { get; set; }

    /// <summary>Null: a member enters once ever; otherwise again once this many days have passed since their last entry and they left.</summary>
    public int? ReentryDays { get; set; }

    public int CurrentVersion { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? StartedAt { get; set; }

    public DateTimeOffset? StoppedAt { get; set; }

    /// <summary>
    /// The trigger's source rows up to this instant have been looked at (joined, cars added or verified, check-ins,
    /// members going quiet): the next poll reads only what came after, so a restart misses nothing and takes no one twice.
    /// </summary>
    public DateTimeOffset? Watermark { get; set; }
}
