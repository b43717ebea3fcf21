namespace Portal.Domain.Journeys;

/// <summary>
/// One step of a journey. Only the fields of its <see cref="Kind"/> count: a wait's hours or weekday and hour; a
/// condition's behaviour, count and branch targets (step indexes further down; null goes on to the next step); an
/// action's kind with its message (English and Chinese, each member gets their own language) or tag.
/// </summary>
public sealed class JourneyStep
{
    public const int TextMaxLength = 200;

    public JourneyStepKind Kind { get; set; }

    /// <summary>A wait of this many hours; null waits until <see cref="UntilDay"/> at <see cref="UntilHour"/> instead.</summary>
    public int? WaitHours { get; set; } = 24;

    public DayOfWeek UntilDay { get; set; } = DayOfWeek.Saturday;

    /// <summary>The hour (0 to 23) in the member's own time zone a weekday wait ends at.</summary>
    public int UntilHour { get; set; } = 10;

    public JourneyConditionKind Condition { get; set; }

    /// <summary>The saved segment a <see cref="JourneyConditionKind.Segment"/> condition asks about.</summary>
    public int? SegmentId { get; set; }

    /// <summary>A <see cref="JourneyBehaviours"/> value the condition counts since the member entered.</summary>
    public string Behaviour { get; set; } = JourneyBehaviours.Active;

    /// <summary>The condition holds when the behaviour happened at least this many times.</summary>
    public int MinCount { get; set; } = 1;

    /// <summary>Where a condition that holds goes (a later step's index); null: the next step.</summary>
    public int? Then { get; set; }

    /// <summary>Where a condition that does not hold goes (a later step's index); null: the next step.</summary>
    public int? Else { get; set; }

    public JourneyActionKind Action { get; set; }

    public string Text { get; set; } = "";

    public string TextZh { get; set; } = "";

    public string Tag { get; set; } = "";
}
