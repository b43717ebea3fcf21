namespace Portal.Domain.Engagement;

/// <summary>Distinct actors per local day, over 7 and over 30 days ending that day; all actors and members only.</summary>
public sealed class EngagementDailyActives
{
    public int Day { get; set; }

    public int Dau { get; set; }

    public int Wau { get; set; }

    public int Mau { get; set; }

    public int MemberDau { get; set; }

    public int MemberWau { get; set; }

    public int MemberMau { get; set; }
}
