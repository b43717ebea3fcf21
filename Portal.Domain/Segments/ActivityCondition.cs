namespace Portal.Domain.Segments;

/// <summary>Posted, replied, reacted, joined a waitlist or opened a notification, at least N times in the window.</summary>
public sealed record ActivityCondition(SegmentActivity Activity, int Days, int AtLeast = 1) : BehaviourCondition(Days, AtLeast);
