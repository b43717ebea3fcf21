namespace Portal.Domain.Notifications;

public enum NotificationKind
{
    Reply,
    Mention,
    Reaction,
    AnswerAccepted,
    EventPromoted,
    EventReminder,
    EventCancelled,
    OperatorMessage,
    ArticlePublished,

    /// <summary>A message from the community team (an announcement, a journey step); the subject is its title in the member's language.</summary>
    Message,
}
