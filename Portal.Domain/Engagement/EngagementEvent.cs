namespace Portal.Domain.Engagement;

/// <summary>
/// One raw engagement event as stored (kept <see cref="EngagementOptions.RetentionDays"/> days). The member's segment is
/// a snapshot taken when it arrived; nothing here names a person beyond the member id or the random visitor id.
/// </summary>
public sealed class EngagementEvent
{
    public const int KindMaxLength = 40;
    public const int TargetTypeMaxLength = 16;
    public const int TargetIdMaxLength = 64;
    public const int ActorMaxLength = 64;

    public long Id { get; set; }

    public DateTimeOffset At { get; set; }

    /// <summary>The day in <see cref="PortalOptions.DefaultTimeZone"/> (<see cref="DateOnly.DayNumber"/>).</summary>
    public int Day { get; set; }

    public required string Kind { get; set; }

    public string? MemberId { get; set; }

    public string? VisitorId { get; set; }

    public required string TargetType { get; set; }

    public required string TargetId { get; set; }

    public DeviceClass Device { get; set; }

    /// <summary>The ids of the models the member owned, comma-separated and sorted ("" for none or a visitor).</summary>
    public string Models { get; set; } = "";

    public bool Verified { get; set; }

    /// <summary>The member's city as they gave it (trimmed), or null.</summary>
    public string? Region { get; set; }

    public int? AccountAgeDays { get; set; }

    public LifecycleStage? Stage { get; set; }
}
