namespace Portal.Domain.Segments;

/// <summary>
/// Joined at least <see cref="AtLeastDays"/> and at most <see cref="AtMostDays"/> local days ago (either may be open); a
/// member who joined today is 0 days old.
/// </summary>
public sealed record AccountAgeCondition(int? AtLeastDays, int? AtMostDays) : SegmentCondition;
