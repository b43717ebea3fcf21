namespace Portal.Domain.Messaging;

/// <summary>The <see cref="OutgoingMessage.SourceType"/> values.</summary>
public static class MessageSources
{
    public const string Announcement = "announcement";
    public const string Journey = "journey";
    public const string Segment = "segment";
}
