using Portal.Domain.Accounts;
using Portal.Domain.Articles;
using Portal.Domain.Engagement;
using Portal.Domain.Events;
using Portal.Domain.Garage;
using Portal.Domain.Segments;

namespace Portal.Tests.Segments;

/// <summary>
/// A brute-force evaluation: the segment's conditions as plain LINQ over every row loaded into memory, from the raw
/// engagement events (not the rollups the evaluator reads), so the store's rollups are checked along the way.
/// </summary>
internal sealed record SegmentFacts(
    int Today,
    EngagementCalendar Calendar,
    IReadOnlyList<PortalUser> Users,
    IReadOnlyList<Vehicle> Vehicles,
    IReadOnlyList<EngagementProfile> Profiles,
    IReadOnlyList<EngagementEvent> Events,
    IReadOnlyDictionary<string, int> ThreadBoards,
    IReadOnlyDictionary<string, ArticleCategory> ArticleCategories,
    IReadOnlyList<EventSignup> Signups)
{
    public IReadOnlyList<string> Members(SegmentDefinition definition) =>
        [.. Users.Where(u => Matches(definition.Root, u)).Select(u => u.Id).Order(StringComparer.Ordinal)];

    public bool Matches(SegmentCondition condition, PortalUser member)
    {
        var matches = condition switch
        {
            SegmentGroup { Match: SegmentMatch.All } group => group.Conditions.All(c => Matches(c, member)),
            SegmentGroup group => group.Conditions.Count == 0 || group.Conditions.Any(c => Matches(c, member)),
            OwnsModelCondition model => Cars(member).Any(v => v.ModelId == model.ModelId && (model.Year is null || v.Year == model.Year)),
            VerifiedOwnerCondition => Cars(member).Any(v => v.VerifiedAt is not null),
            CarWithoutVinCondition => Cars(member).Any(v => v.Vin is null),
            RegionCondition region => member.City?.Trim() == region.Region.Trim(),
            AccountAgeCondition age => Age(member) >= (age.AtLeastDays ?? int.MinValue) && Age(member) <= (age.AtMostDays ?? int.MaxValue),
            StageCondition stage => Profiles.Any(p => p.MemberId == member.Id && p.Stage == stage.Stage),
            LanguageCondition { Culture: null } => string.IsNullOrEmpty(member.PreferredCulture),
            LanguageCondition language => member.PreferredCulture == language.Culture,
            ActivityCondition activity => Count(member, activity, e => e.Kind == Kind(activity.Activity)) >= activity.AtLeast,
            ViewedBoardCondition board => Count(member, board, e => e.Kind == EngagementKinds.ThreadViewed && e.TargetType == "thread"
                && ThreadBoards.TryGetValue(e.TargetId, out var b) && b == board.BoardId) >= board.AtLeast,
            ViewedCategoryCondition category => Count(member, category, e => e.Kind == EngagementKinds.ArticleViewed && e.TargetType == "article"
                && ArticleCategories.TryGetValue(e.TargetId, out var c) && c == category.Category) >= category.AtLeast,
            EventCondition e => Signups.Count(s => s.MemberId == member.Id && InWindow(e, s) && (e.EventId is null || s.EventId == e.EventId)
                && (e.City is null || s.Event!.City == e.City)) >= e.AtLeast,
            _ => throw new NotSupportedException(condition.GetType().Name),
        };
        return matches != condition.Not;
    }

    private static string Kind(SegmentActivity activity) => activity switch
    {
        SegmentActivity.Posted => EngagementKinds.ThreadCreated,
        SegmentActivity.Replied => EngagementKinds.PostCreated,
        SegmentActivity.Reacted => EngagementKinds.ReactionAdded,
        SegmentActivity.Waitlisted => EngagementKinds.EventWaitlisted,
        _ => EngagementKinds.NotificationOpened,
    };

    private IEnumerable<Vehicle> Cars(PortalUser member) => Vehicles.Where(v => v.OwnerId == member.Id);

    private int Age(PortalUser member) => Today - Calendar.DayOf(member.JoinedAt);

    private int Count(PortalUser member, BehaviourCondition window, Func<EngagementEvent, bool> counts) =>
        Events.Count(e => e.MemberId == member.Id && e.Day > Today - window.Days && e.Day <= Today && counts(e));

    private bool InWindow(EventCondition condition, EventSignup signup)
    {
        var at = condition.Participation == EventParticipation.Attended ? signup.CheckedInAt
            : signup.Status == SignupStatus.Confirmed ? signup.SignedUpAt
            : null;
        return at is { } instant && Calendar.DayOf(instant) > Today - condition.Days && Calendar.DayOf(instant) <= Today;
    }
}
