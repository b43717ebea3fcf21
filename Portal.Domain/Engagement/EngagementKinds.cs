namespace Portal.Domain.Engagement;

public static class EngagementKinds
{
    public const string ThreadViewed = "thread.viewed";
    public const string PostCreated = "post.created";
    public const string ReactionAdded = "reaction.added";
    public const string SearchPerformed = "search.performed";
    public const string ReportFiled = "report.filed";
}
