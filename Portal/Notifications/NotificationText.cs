namespace Portal.Notifications;

/// <summary>Marker for the notification strings (NotificationText.resx, NotificationText.zh-CN.resx).</summary>
public sealed class NotificationText;
