namespace Portal.Domain.Journeys;

/// <summary>What success is: the goal reached within <see cref="Days"/> days of entering. Reaching it ends the member's journey.</summary>
public sealed class JourneyGoal
{
    public JourneyGoalKind Kind { get; set; }

    public int Days { get; set; } = 14;
}
