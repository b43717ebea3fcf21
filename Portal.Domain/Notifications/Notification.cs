namespace Portal.Domain.Notifications;

/// <summary>
/// Something a member should know about. The text is composed by the UI from <see cref="Kind"/>, the actor's
/// name and <see cref="Subject"/>, so it reads in the viewer's language.
/// </summary>
public sealed class Notification
{
    public const int SubjectMaxLength = 200;
    public const int UrlMaxLength = 300;

    public long Id { get; set; }
    public required string RecipientId { get; set; }
    public NotificationKind Kind { get; set; }
    public string? ActorId { get; set; }
    public required string Subject { get; set; }
    public required string Url { get; set; }
    public DateTimeOffset At { get; set; }
    public DateTimeOffset? ReadAt { get; set; }
}
