using Portal.Domain.Messaging;
using Portal.Domain.Notifications;

namespace Portal.Domain.MemberMail;

/// <summary>
/// A member's own choice for one kind of notification: in the bell, by email, both, or neither. Only choices that differ
/// from <see cref="MailDefaults"/> need a row; a member without rows gets the defaults.
/// </summary>
public sealed class NotificationPreference
{
    public required string MemberId { get; set; }
    public NotificationKind Kind { get; set; }
    public MessageChannels Channels { get; set; }
}
