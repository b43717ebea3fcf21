using Portal.Domain.Engagement;

namespace Portal.Domain.Journeys;

/// <summary>What a condition step can count since a member entered, read from <c>EngagementMemberDays</c> (any kind, or one).</summary>
public static class JourneyBehaviours
{
    /// <summary>Anything at all: the member was active.</summary>
    public const string Active = "active";

    public static IReadOnlyList<string> All { get; } =
    [
        Active,
        EngagementKinds.SignedIn,
        EngagementKinds.ThreadCreated,
        EngagementKinds.PostCreated,
        EngagementKinds.EventSignedUp,
        EngagementKinds.EventCheckedIn,
        EngagementKinds.ArticleViewed,
        EngagementKinds.NotificationOpened,
    ];
}
