namespace Portal.Domain.Activity;

/// <summary>Who may see an activity. Subscribers filter on it; the hub never sends an activity to a group wider than this.</summary>
public sealed record ActivityAudience(ActivityVisibility Visibility, string? MemberId = null)
{
    public static ActivityAudience Everyone { get; } = new(ActivityVisibility.Everyone);

    public static ActivityAudience Staff { get; } = new(ActivityVisibility.Staff);

    public static ActivityAudience Operators { get; } = new(ActivityVisibility.Operators);

    public static ActivityAudience Member(string memberId) => new(ActivityVisibility.Member, memberId);
}
