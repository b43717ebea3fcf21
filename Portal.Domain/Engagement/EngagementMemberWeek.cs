namespace Portal.Domain.Engagement;

/// <summary>That a member was active in a local week (Monday's <see cref="DateOnly.DayNumber"/>): what retention cohorts count.</summary>
public sealed class EngagementMemberWeek
{
    public required string MemberId { get; set; }

    public int Week { get; set; }
}
