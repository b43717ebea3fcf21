using Portal.Domain.Messaging;

namespace Portal.Domain.Announcements;

/// <summary>
/// What sending would do now: <see cref="SegmentSize"/> members in the segment, about <see cref="HeldOut"/> of them held
/// out, and the guard rails' estimate for the rest (<see cref="Treated"/>: after opt-outs, the cap and quiet hours).
/// <see cref="TooFew"/> when the segment is under the privacy floor, so sending is refused.
/// </summary>
public sealed record AnnouncementReach(int SegmentSize, int HeldOut, ReachEstimate Treated, bool TooFew);
