using Microsoft.Extensions.Options;

namespace Portal.Domain.Engagement;

/// <summary>The one rule for a member's lifecycle stage, on local days so every count of it agrees.</summary>
public sealed class Lifecycle(IOptions<EngagementOptions> options)
{
    /// <summary>Days without activity after which a member is Dormant, whatever they did before.</summary>
    public int DormantDays => options.Value.DormantDays;

    /// <summary>
    /// New while the member joined less than <see cref="EngagementOptions.NewDays"/> days ago; otherwise by the days since
    /// they were last active (joining counts as activity): Active, At risk, then Dormant.
    /// </summary>
    public LifecycleStage StageOn(int today, int joinedDay, int? lastActiveDay)
    {
        var settings = options.Value;
        if (today - joinedDay < settings.NewDays)
        {
            return LifecycleStage.New;
        }

        var idle = today - Math.Max(joinedDay, lastActiveDay ?? joinedDay);
        return idle < settings.ActiveDays ? LifecycleStage.Active
            : idle < settings.DormantDays ? LifecycleStage.AtRisk
            : LifecycleStage.Dormant;
    }
}
