using Portal.Domain.Notifications;

namespace Portal.Domain.Messaging;

/// <summary>
/// The send log: one row per message to one member, from whatever sent it, queued, delivered or suppressed (with the
/// reason), and what the member did with it. <see cref="IdempotencyKey"/> is unique, so the same key never delivers twice.
/// </summary>
public sealed class MessageDelivery
{
    public const int ErrorMaxLength = 300;

    public long Id { get; set; }
    public required string MemberId { get; set; }
    public required string SourceType { get; set; }
    public required string SourceId { get; set; }
    public MessageCategory Category { get; set; }

    /// <summary>The channels it goes out on (the email is left out when the member's address is unconfirmed).</summary>
    public MessageChannels Channels { get; set; }

    public required string IdempotencyKey { get; set; }
    public long ContentId { get; set; }
    public MessageContent? Content { get; set; }
    public DeliveryStatus Status { get; set; }
    public SuppressionReason? Reason { get; set; }

    /// <summary>When it was logged.</summary>
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When it goes out (after quiet hours); the frequency cap counts rows by this time.</summary>
    public DateTimeOffset DueAt { get; set; }

    public DateTimeOffset? DeliveredAt { get; set; }
    public long? NotificationId { get; set; }
    public Notification? Notification { get; set; }

    /// <summary>Set in the delivery transaction before the email is handed to the transport (so a restart never sends it twice).</summary>
    public DateTimeOffset? EmailSentAt { get; set; }

    /// <summary>Why the transport refused the email, if it did.</summary>
    public string? EmailError { get; set; }

    public DateTimeOffset? OpenedAt { get; set; }
    public DateTimeOffset? ClickedAt { get; set; }
}
