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
}
