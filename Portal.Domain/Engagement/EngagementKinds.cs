namespace Portal.Domain.Engagement;

public static class EngagementKinds
{
    public const string ThreadViewed = "thread.viewed";

    /// <summary>A member started a thread; the target is the thread.</summary>
    public const string ThreadCreated = "thread.created";

    /// <summary>A member replied; the target is the thread replied in, so content reports count replies per thread.</summary>
    public const string PostCreated = "post.created";

    /// <summary>A member gave a reaction to a post; the target is the post's thread.</summary>
    public const string ReactionAdded = "reaction.added";
    public const string SearchPerformed = "search.performed";
    public const string ReportFiled = "report.filed";
    public const string EventViewed = "event.viewed";
    public const string EventSignedUp = "event.signed_up";
    public const string EventWaitlisted = "event.waitlisted";
    public const string EventPromoted = "event.promoted";
    public const string EventCancelled = "event.cancelled";
    public const string EventCheckedIn = "event.checked_in";
    public const string ArticleViewed = "article.viewed";

    /// <summary>The reader reached the end of the article (seen in the browser, once per view).</summary>
    public const string ArticleReadThrough = "article.read_through";

    /// <summary>The reader copied the article's share link.</summary>
    public const string ArticleShared = "article.shared";

    /// <summary>A member signed in (password, passkey or external login).</summary>
    public const string SignedIn = "account.signed_in";

    /// <summary>A new member registered.</summary>
    public const string Registered = "account.registered";

    /// <summary>A member opened a notification (clicked it in the bell or the notifications page).</summary>
    public const string NotificationOpened = "notification.opened";

    /// <summary>A page was shown (once per navigation in the live app); the target is the page's route template.</summary>
    public const string PageViewed = "page.viewed";

    /// <summary>Not an event: the day metric (target type <see cref="DroppedTargetType"/>) counting signals dropped because the buffer was full.</summary>
    public const string Dropped = "engagement.dropped";

    public const string DroppedTargetType = "pipeline";
}
