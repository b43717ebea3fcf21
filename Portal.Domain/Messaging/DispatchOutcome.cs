namespace Portal.Domain.Messaging;

/// <summary>
/// What became of one <see cref="OutgoingMessage"/>. Queued carries the delivery's id, its due time (later than asked when
/// quiet hours hold it until the morning) and the channels it will use; a Queued outcome with a <see cref="Reason"/> lost a
/// channel (the email, <see cref="SuppressionReason.UnconfirmedEmail"/>). Suppressed carries the reason.
/// </summary>
public sealed record DispatchOutcome(
    string IdempotencyKey,
    string MemberId,
    DispatchStatus Status,
    SuppressionReason? Reason,
    long? DeliveryId,
    DateTimeOffset? DueAt,
    MessageChannels Channels);
