namespace Portal.Domain.Journeys;

/// <summary>What the editor saves: the journey's settings and its definition.</summary>
public sealed class JourneyInput
{
    public string Name { get; set; } = "";

    /// <summary>The holdout share in percent (0 to <see cref="JourneyRules.MaxHoldoutPercent"/>).</summary>
    public int HoldoutPercent { get; set; } = 10;

    /// <summary>Null: once ever; otherwise the days before a member may enter again.</summary>
    public int? ReentryDays { get; set; }

    public JourneyDefinition Definition { get; set; } = new();
}
