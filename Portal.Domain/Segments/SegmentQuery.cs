using System.Linq.Expressions;
using Portal.Domain.Accounts;
using Portal.Domain.Data;
using Portal.Domain.Engagement;
using Portal.Domain.Events;

namespace Portal.Domain.Segments;

/// <summary>
/// A segment's conditions as one EF Core predicate over members (<c>Users</c>): each condition is a column test or an
/// uncorrelated <c>IN (subquery)</c> on the garage, the profiles, the per-member day rollups or <c>EventSignups</c>,
/// evaluated once per query, so the SQL stays portable (SQLite and PostgreSQL) and reads indexes, never raw events.
/// Windows are local days (<see cref="EngagementCalendar"/>) ending today.
/// </summary>
internal sealed class SegmentQuery(PortalDbContext db, EngagementCalendar calendar, int today)
{
    /// <summary>The members in the segment.</summary>
    public IQueryable<PortalUser> Members(SegmentDefinition definition) => db.Users.Where(Of(definition.Root));

    public Expression<Func<PortalUser, bool>> Of(SegmentCondition condition)
    {
        var predicate = condition switch
        {
            SegmentGroup group => group.Match == SegmentMatch.All
                ? Predicates.All(group.Conditions.Select(Of))
                : Predicates.Any(group.Conditions.Select(Of)),
            OwnsModelCondition model => In(db.Vehicles.Where(v => v.ModelId == model.ModelId && (model.Year == null || v.Year == model.Year)).Select(v => v.OwnerId)),
            VerifiedOwnerCondition => In(db.Vehicles.Where(v => v.VerifiedAt != null).Select(v => v.OwnerId)),
            CarWithoutVinCondition => In(db.Vehicles.Where(v => v.Vin == null).Select(v => v.OwnerId)),
            RegionCondition region => Region(region.Region.Trim()),
            AccountAgeCondition age => AccountAge(age),
            StageCondition stage => In(db.EngagementProfiles.Where(p => p.Stage == stage.Stage).Select(p => p.MemberId)),
            LanguageCondition language => Language(language.Culture),
            ActivityCondition activity => MemberDays(SegmentKinds.Of(activity.Activity), activity),
            ViewedBoardCondition board => Sections(EngagementKinds.ThreadViewed, SegmentKinds.Section(board.BoardId), board),
            ViewedCategoryCondition category => Sections(EngagementKinds.ArticleViewed, category.Category.ToString(), category),
            EventCondition e => Events(e),
            _ => throw new NotSupportedException($"No evaluation for {condition.GetType().Name}."),
        };
        return condition.Not ? Predicates.Not(predicate) : predicate;
    }

    private static Expression<Func<PortalUser, bool>> In(IQueryable<string> memberIds) => u => memberIds.Contains(u.Id);

    private static Expression<Func<PortalUser, bool>> Region(string region) => u => u.City != null && u.City.Trim() == region;

    private static Expression<Func<PortalUser, bool>> Language(string? culture) => culture is null
        ? u => u.PreferredCulture == null || u.PreferredCulture == ""
        : u => u.PreferredCulture == culture;

    private Expression<Func<PortalUser, bool>> AccountAge(AccountAgeCondition age)
    {
        // Age in local days is today minus the local day joined: at least N means joined on or before today - N.
        var joinedBefore = age.AtLeastDays is { } least ? calendar.StartOf(today - least + 1) : DateTimeOffset.MaxValue;
        var joinedFrom = age.AtMostDays is { } most ? calendar.StartOf(today - most) : DateTimeOffset.MinValue;
        return (age.AtLeastDays, age.AtMostDays) switch
        {
            (null, null) => Predicates.True<PortalUser>(),
            (_, null) => u => u.JoinedAt < joinedBefore,
            (null, _) => u => u.JoinedAt >= joinedFrom,
            _ => u => u.JoinedAt < joinedBefore && u.JoinedAt >= joinedFrom,
        };
    }

    private Expression<Func<PortalUser, bool>> MemberDays(string kind, BehaviourCondition window)
    {
        var from = FirstDay(window);
        var rows = db.EngagementMemberDays.Where(d => d.Kind == kind && d.Day >= from && d.Day <= today);
        return In(window.AtLeast <= 1
            ? rows.Select(d => d.MemberId)
            : rows.GroupBy(d => d.MemberId).Where(g => g.Sum(d => d.Count) >= window.AtLeast).Select(g => g.Key));
    }

    private Expression<Func<PortalUser, bool>> Sections(string kind, string section, BehaviourCondition window)
    {
        var from = FirstDay(window);
        var rows = db.EngagementMemberSectionDays.Where(d => d.Kind == kind && d.Section == section && d.Day >= from && d.Day <= today);
        return In(window.AtLeast <= 1
            ? rows.Select(d => d.MemberId)
            : rows.GroupBy(d => d.MemberId).Where(g => g.Sum(d => d.Count) >= window.AtLeast).Select(g => g.Key));
    }

    private Expression<Func<PortalUser, bool>> Events(EventCondition condition)
    {
        var from = calendar.StartOf(FirstDay(condition));
        var until = calendar.StartOf(today + 1);
        var rows = condition.Participation == EventParticipation.Attended
            ? db.EventSignups.Where(s => s.CheckedInAt != null && s.CheckedInAt >= from && s.CheckedInAt < until)
            : db.EventSignups.Where(s => s.Status == SignupStatus.Confirmed && s.SignedUpAt >= from && s.SignedUpAt < until);
        if (condition.EventId is { } eventId)
        {
            rows = rows.Where(s => s.EventId == eventId);
        }

        if (condition.City is { } city)
        {
            rows = rows.Where(s => s.Event!.City == city);
        }

        return In(condition.AtLeast <= 1
            ? rows.Select(s => s.MemberId)
            : rows.GroupBy(s => s.MemberId).Where(g => g.Count() >= condition.AtLeast).Select(g => g.Key));
    }

    private int FirstDay(BehaviourCondition window) => today - window.Days + 1;
}
