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

    /// <summary>The member's own confirmed place at an event (by default an email with the door code, QR code and .ics, no bell).</summary>
    EventSignedUp,

    /// <summary>The daily or weekly digest: an email only, never in the bell (see <see cref="MemberMail.DigestFrequency"/>).</summary>
    Digest,

    /// <summary>An operator verified one of the member's cars; the subject names the car.</summary>
    VehicleVerified,

    /// <summary>An operator did not verify one of the member's cars; the subject names the car, the email gives the reason.</summary>
    VehicleRejected,

    /// <summary>A moderator hid one of the member's posts; the subject is the thread's title, the link the post (which shows them the reason).</summary>
    PostHidden,
}
