namespace Portal.Domain.Engagement;

/// <summary>How many members were in a lifecycle stage at the end of a local week, overall ("" dimension) and per segment value.</summary>
public sealed class EngagementLifecycleWeek
{
    public int Week { get; set; }

    public string Dimension { get; set; } = "";

    public string Value { get; set; } = "";

    public LifecycleStage Stage { get; set; }

    public int Members { get; set; }
}
