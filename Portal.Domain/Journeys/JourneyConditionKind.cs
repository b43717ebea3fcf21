namespace Portal.Domain.Journeys;

/// <summary>What a condition step asks.</summary>
public enum JourneyConditionKind
{
    /// <summary>Did the member do a behaviour at least N times since entering (<c>EngagementMemberDays</c>)?</summary>
    Behaviour = 0,

    /// <summary>Is the member in a saved segment now (<c>SegmentEvaluator</c>)?</summary>
    Segment = 1,
}
