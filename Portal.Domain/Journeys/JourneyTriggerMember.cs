namespace Portal.Domain.Journeys;

/// <summary>
/// A member who was in a journey's trigger set (a lifecycle stage or a segment) at the last poll: the next poll enrols
/// those who are in it now and were not then, and replaces the set.
/// </summary>
public sealed class JourneyTriggerMember
{
    public int JourneyId { get; set; }

    public required string MemberId { get; set; }
}
