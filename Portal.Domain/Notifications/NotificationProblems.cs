namespace Portal.Domain.Notifications;

/// <summary>Problem codes of notifications; the UI localises each one.</summary>
public static class NotificationProblems
{
    /// <summary>No such notification for this member (someone else's id reads the same as a missing one).</summary>
    public const string NotFound = "Notifications.NotFound";
}
