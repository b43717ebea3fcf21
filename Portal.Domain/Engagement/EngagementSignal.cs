namespace Portal.Domain.Engagement;

/// <summary>
/// One interaction worth counting (a thread viewed, a post written). Features give the kind, the member (if signed in),
/// the target and the time; the scoped recorder adds the anonymous visitor id and the coarse device class. No other
/// personal data: the pipeline turns the member id into a segment snapshot on the way in.
/// </summary>
public sealed record EngagementSignal(
    string Kind,
    string? MemberId,
    string TargetType,
    string TargetId,
    DateTimeOffset At,
    string? VisitorId = null,
    DeviceClass Device = DeviceClass.Unknown);
