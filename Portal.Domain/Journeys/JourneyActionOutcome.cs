namespace Portal.Domain.Journeys;

/// <summary>What became of one action of one member's journey.</summary>
public enum JourneyActionOutcome
{
    /// <summary>Done: the message handed over for delivery, the tag added or removed.</summary>
    Sent = 0,

    /// <summary>The member is in the holdout: the action was skipped on purpose.</summary>
    HeldOut = 1,

    /// <summary>Not sent: the guard rails refused it (consent, the frequency cap) or there was nothing to send (no upcoming event).</summary>
    Suppressed = 2,
}
