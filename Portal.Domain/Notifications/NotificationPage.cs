namespace Portal.Domain.Notifications;

/// <summary>A page of a member's notifications, newest first, and how many of all of them are unread.</summary>
public sealed record NotificationPage(IReadOnlyList<NotificationItem> Items, int Page, bool HasMore, int UnreadCount);
