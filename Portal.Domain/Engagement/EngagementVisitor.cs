namespace Portal.Domain.Engagement;

/// <summary>
/// Who is browsing, as far as engagement is concerned: a random first-party visitor id (no fingerprinting), the coarse
/// device class, and whether nothing may be recorded (Global Privacy Control, Do Not Track, or a crawler).
/// Worked out once per request by the web app and handed to the interactive tree, so it stays serialisable.
/// </summary>
public sealed record EngagementVisitor(string? VisitorId, DeviceClass Device, bool Suppressed)
{
    public static EngagementVisitor Unknown { get; } = new(null, DeviceClass.Unknown, false);
}
