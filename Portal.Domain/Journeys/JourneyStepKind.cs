namespace Portal.Domain.Journeys;

public enum JourneyStepKind
{
    /// <summary>Wait a duration, or until a weekday and hour in the member's own time zone.</summary>
    Wait = 0,

    /// <summary>Branch on what the member did since entering.</summary>
    Condition = 1,

    /// <summary>Send something or change a tag (skipped for the holdout).</summary>
    Action = 2,

    /// <summary>Leave the journey.</summary>
    Exit = 3,
}
