namespace Portal.Domain.Journeys;

/// <summary>What one pass of the engine did: members who entered, goals reached, steps taken.</summary>
public sealed record JourneyPass(int Entered, int Goals, int Steps)
{
    /// <summary>Everything the pass did, for the job's log line.</summary>
    public int Total => Entered + Goals + Steps;
}
