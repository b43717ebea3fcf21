namespace Portal.Domain.Engagement;

public static class EngagementKinds
{
    public const string ThreadViewed = "thread.viewed";
    public const string PostCreated = "post.created";
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
}
