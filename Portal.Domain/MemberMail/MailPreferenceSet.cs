using Portal.Domain.Messaging;
using Portal.Domain.Notifications;

namespace Portal.Domain.MemberMail;

/// <summary>A member's channels for every kind in <see cref="MailDefaults.Choosable"/>, and their digest.</summary>
public sealed record MailPreferenceSet(IReadOnlyDictionary<NotificationKind, MessageChannels> Channels, DigestFrequency Digest);
