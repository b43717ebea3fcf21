namespace Portal.Domain.Journeys;

/// <summary>One pass of the journeys: new entrants first, then goals reached (so converted members leave before their next action), then due steps.</summary>
public sealed class JourneyEngine(JourneyEntrants entrants, JourneyGoals goals, JourneySteps steps)
{
    public async Task<JourneyPass> RunOnceAsync(CancellationToken cancellationToken = default)
    {
        var entered = await entrants.EnrolAsync(cancellationToken);
        var reached = await goals.CheckAsync(cancellationToken);
        var ran = await steps.AdvanceAsync(cancellationToken);
        return new JourneyPass(entered, reached, ran);
    }
}
