namespace Portal.Domain.Activity;

/// <summary>The kinds of <see cref="ActivityEvent"/>; clients of the hub see these strings.</summary>
public static class ActivityKinds
{
    public const string ThreadStarted = "thread.started";
    public const string PostCreated = "post.created";
    public const string PostEdited = "post.edited";
    public const string PostReacted = "post.reacted";
    public const string PostHidden = "post.hidden";
    public const string PostRestored = "post.restored";
    public const string PostDeleted = "post.deleted";
    public const string ThreadChanged = "thread.changed";
    public const string Typing = "thread.typing";
    public const string NotificationCreated = "notification.created";
    public const string NotificationsRead = "notification.read";
    public const string EventSeatsChanged = "event.seats";
    public const string EventCheckedIn = "event.checkin";
    public const string ArticlePublished = "article.published";

    /// <summary>Something public went away (an article unpublished): lists drop every line about its target.</summary>
    public const string Withdrawn = "activity.withdrawn";
    public const string MemberJoined = "member.joined";
    public const string Presence = "presence";
    public const string Kpi = "kpi";
}
