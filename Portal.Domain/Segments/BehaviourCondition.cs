namespace Portal.Domain.Segments;

/// <summary>
/// Something the member did at least <see cref="AtLeast"/> times in the last <see cref="Days"/> local days
/// (<see cref="Engagement.EngagementCalendar"/>), today included.
/// </summary>
public abstract record BehaviourCondition(int Days, int AtLeast) : SegmentCondition;
