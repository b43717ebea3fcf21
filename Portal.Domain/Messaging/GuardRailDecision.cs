namespace Portal.Domain.Messaging;

/// <summary>The guard rails' answer for one message: queue it (for <see cref="DueAt"/>, on <see cref="Channels"/>) or suppress it.</summary>
internal sealed record GuardRailDecision(DispatchStatus Status, SuppressionReason? Reason, DateTimeOffset DueAt, MessageChannels Channels)
{
    public bool WaitsForQuietHours(DateTimeOffset requested) => Status == DispatchStatus.Queued && DueAt > requested;
}
