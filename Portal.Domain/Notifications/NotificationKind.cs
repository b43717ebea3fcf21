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
}
