namespace Portal.Domain.Journeys;

/// <summary>Why a member left a journey (<see cref="JourneyEnrollment.ExitReason"/>).</summary>
public static class JourneyExits
{
    /// <summary>Walked past the last step.</summary>
    public const string Completed = "completed";

    /// <summary>Reached an exit step.</summary>
    public const string ExitStep = "exit";

    /// <summary>Reached the goal, so the journey had nothing left to do for them.</summary>
    public const string Goal = "goal";

    /// <summary>The journey was stopped.</summary>
    public const string Stopped = "stopped";

    public const int MaxLength = 16;
}
