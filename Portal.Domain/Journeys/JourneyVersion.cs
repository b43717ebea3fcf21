namespace Portal.Domain.Journeys;

/// <summary>
/// One version of a journey's definition (trigger, steps, goal) as JSON. Once the journey has started with it, it is
/// frozen: members in it keep walking these steps, and an edit writes the next version, which only new entrants get.
/// </summary>
public sealed class JourneyVersion
{
    public int JourneyId { get; set; }

    public int Version { get; set; }

    public required string Definition { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When the journey first ran with this version; a frozen version never changes again.</summary>
    public DateTimeOffset? FrozenAt { get; set; }
}
