namespace Portal.Domain.Engagement;

/// <summary>That an actor (member or visitor) did anything on a local day: the distinct-actor rollup DAU, WAU and MAU are counted from.</summary>
public sealed class EngagementActiveDay
{
    public int Day { get; set; }

    /// <summary><c>m:</c> and the member id, or <c>v:</c> and the visitor id.</summary>
    public required string Actor { get; set; }

    public bool IsMember { get; set; }
}
