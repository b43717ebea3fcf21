namespace Portal.Domain.Engagement;

/// <summary>Where a member is in their life in the community (thresholds in <see cref="EngagementOptions"/>).</summary>
public enum LifecycleStage : byte
{
    /// <summary>Joined within the last <see cref="EngagementOptions.NewDays"/> days.</summary>
    New = 0,

    /// <summary>Active within the last <see cref="EngagementOptions.ActiveDays"/> days.</summary>
    Active = 1,

    /// <summary>Last active between <see cref="EngagementOptions.ActiveDays"/> and <see cref="EngagementOptions.DormantDays"/> days ago.</summary>
    AtRisk = 2,

    /// <summary>Nothing for <see cref="EngagementOptions.DormantDays"/> days or more (or never active after the first month).</summary>
    Dormant = 3,
}
