using Portal.Domain.Notifications;

namespace Portal.Domain.Messaging;

/// <summary>What an unsubscribe token asks: the member, and the kind of notification email to stop (null: marketing messages).</summary>
public sealed record UnsubscribeRequest(string MemberId, NotificationKind? Kind);
