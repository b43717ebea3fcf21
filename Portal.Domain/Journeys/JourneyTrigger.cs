using Portal.Domain.Engagement;

namespace Portal.Domain.Journeys;

/// <summary>A journey's trigger: its kind and, for some kinds, the stage or the days of quiet.</summary>
public sealed class JourneyTrigger
{
    public JourneyTriggerKind Kind { get; set; } = JourneyTriggerKind.EnteredStage;

    /// <summary>The stage entered, for <see cref="JourneyTriggerKind.EnteredStage"/>.</summary>
    public LifecycleStage Stage { get; set; } = LifecycleStage.AtRisk;

    /// <summary>Days without activity, for <see cref="JourneyTriggerKind.Inactive"/>.</summary>
    public int Days { get; set; } = 21;

    /// <summary>The saved segment entered, for <see cref="JourneyTriggerKind.EnteredSegment"/>.</summary>
    public int? SegmentId { get; set; }

    /// <summary>Whether the trigger is a set of members diffed poll by poll (rather than rows after a watermark).</summary>
    public bool IsMembership => Kind is JourneyTriggerKind.EnteredStage or JourneyTriggerKind.EnteredSegment;
}
