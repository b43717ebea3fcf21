using Portal.Domain.Notifications;

namespace Portal.Domain.MemberMail;

/// <summary>
/// The mail outbox: one email to one member, queued in the same transaction as what it announces (by
/// <see cref="NotificationWriter"/>, or by the digest job) and sent by <see cref="MemberEmailDeliverer"/>, which claims it
/// (<see cref="Status"/> to <see cref="MemberEmailStatus.Sent"/>) in a transaction before the transport, so it goes out at most once.
/// The text is composed when it is sent, in the member's language then.
/// </summary>
public sealed class MemberEmail
{
    public const int ExcerptMaxLength = 4_000;
    public const int IdempotencyKeyMaxLength = 120;
    public const int ErrorMaxLength = 300;

    public long Id { get; set; }
    public required string MemberId { get; set; }
    public NotificationKind Kind { get; set; }
    public string? ActorId { get; set; }

    /// <summary>What it is about (a thread's title, an event's title, an organiser's message), as the notification has it.</summary>
    public required string Subject { get; set; }

    /// <summary>The site-relative address it links to.</summary>
    public required string Url { get; set; }

    /// <summary>Markdown shown in the email: the post's text for replies and mentions, the organisers' message, the digest.</summary>
    public string? Excerpt { get; set; }

    /// <summary>The event of an event email (for the door code, the QR code and the .ics).</summary>
    public int? EventId { get; set; }

    /// <summary>Unique when set: the digest's "this member, this period", so a period never gets two.</summary>
    public string? IdempotencyKey { get; set; }

    public MemberEmailStatus Status { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? SentAt { get; set; }
    public string? Error { get; set; }
}
