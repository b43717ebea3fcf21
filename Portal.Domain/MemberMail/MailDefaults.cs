using Portal.Domain.Messaging;
using Portal.Domain.Notifications;

namespace Portal.Domain.MemberMail;

/// <summary>
/// The kinds a member chooses channels for, in the order the profile lists them, and what each does until they choose:
/// conversations about them and their events in the bell and by email, reactions and new articles only in the bell,
/// the sign-up confirmation by email (they just saw it on the page), a car's verification (or why not) in the bell and by
/// email, and a weekly digest. A moderator hiding a post tells its author in the bell only, and is not a choice.
/// </summary>
public static class MailDefaults
{
    public const DigestFrequency Digest = DigestFrequency.Weekly;

    private const MessageChannels Both = MessageChannels.InApp | MessageChannels.Email;

    public static IReadOnlyList<NotificationKind> Choosable { get; } =
    [
        NotificationKind.Reply,
        NotificationKind.Mention,
        NotificationKind.Reaction,
        NotificationKind.AnswerAccepted,
        NotificationKind.EventSignedUp,
        NotificationKind.EventPromoted,
        NotificationKind.EventReminder,
        NotificationKind.EventCancelled,
        NotificationKind.OperatorMessage,
        NotificationKind.ArticlePublished,
        NotificationKind.VehicleVerified,
        NotificationKind.VehicleRejected,
    ];

    public static MessageChannels Channels(NotificationKind kind) => kind switch
    {
        NotificationKind.Reaction or NotificationKind.ArticlePublished or NotificationKind.PostHidden => MessageChannels.InApp,
        NotificationKind.EventSignedUp => MessageChannels.Email,
        _ => Both,
    };
}
