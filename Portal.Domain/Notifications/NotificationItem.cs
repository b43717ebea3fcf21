using Portal.Domain.Accounts;

namespace Portal.Domain.Notifications;

/// <summary>
/// One row of a member's notification list. <see cref="Actor"/> is null for notifications nobody in particular
/// caused (event reminders) or whose actor has since left.
/// </summary>
public sealed record NotificationItem(long Id, NotificationKind Kind, MemberSummary? Actor, string Subject, string Url, DateTimeOffset At, bool IsRead);
