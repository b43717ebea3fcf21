namespace Portal.Domain.Engagement;

/// <summary>The visitor of the current scope (an HTTP request or a circuit), set by the web app; background work keeps <see cref="EngagementVisitor.Unknown"/>.</summary>
public sealed class EngagementVisitorContext
{
    public EngagementVisitor Current { get; set; } = EngagementVisitor.Unknown;
}
