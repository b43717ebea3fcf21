namespace Portal.Domain.Journeys;

public enum JourneyGoalKind
{
    /// <summary>Active on a later day within the goal's days (<c>EngagementMemberDays</c>).</summary>
    ActiveAgain = 0,

    /// <summary>Signed up for an event within the goal's days (<c>EventSignups</c>).</summary>
    SignedUpForEvent = 1,
}
