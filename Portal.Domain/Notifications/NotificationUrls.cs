namespace Portal.Domain.Notifications;

/// <summary>Site-relative address of the notifications page (each notification carries its own target address).</summary>
public static class NotificationUrls
{
    public const string Index = "/notifications";
}
