namespace Portal.Domain.Messaging;

/// <summary>
/// One message to one member, as a segment broadcast, an announcement or a journey asks for it. The member reads it in
/// their own language (English or Chinese); the body is Markdown, rendered by the one <c>MarkdownRenderer</c>.
/// </summary>
public sealed record OutgoingMessage
{
    public const int SourceTypeMaxLength = 32;
    public const int SourceIdMaxLength = 64;
    public const int IdempotencyKeyMaxLength = 200;

    public required string MemberId { get; init; }

    public required MessageCategory Category { get; init; }

    public required MessageChannels Channels { get; init; }

    /// <summary>What sent it: <see cref="MessageSources.Announcement"/>, <see cref="MessageSources.Journey"/>, …</summary>
    public required string SourceType { get; init; }

    /// <summary>Which one of its source type, e.g. the announcement's id as text.</summary>
    public required string SourceId { get; init; }

    /// <summary>Unique across all messages ever: a second message with the same key is never delivered (a no-op outcome).</summary>
    public required string IdempotencyKey { get; init; }

    public required string TitleEnglish { get; init; }

    public required string TitleChinese { get; init; }

    public required string BodyEnglish { get; init; }

    public required string BodyChinese { get; init; }

    /// <summary>An optional site-relative address the message points to (an event, an article), e.g. <c>/events/3/winter-meetup</c>.</summary>
    public string? Link { get; init; }

    /// <summary>The earliest time to deliver; null is now. Quiet hours may move it later still.</summary>
    public DateTimeOffset? NotBefore { get; init; }
}
