namespace Portal.Domain.Engagement;

/// <summary>How many events of one kind a member had on a local day: the per-member rollup profiles, timelines and segments read.</summary>
public sealed class EngagementMemberDay
{
    public required string MemberId { get; set; }

    public int Day { get; set; }

    public required string Kind { get; set; }

    public int Count { get; set; }
}
