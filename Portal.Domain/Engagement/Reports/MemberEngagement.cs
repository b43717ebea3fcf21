using Microsoft.EntityFrameworkCore;
using Portal.Domain.Accounts;
using Portal.Domain.Data;
using Portal.Domain.Events;
using Portal.Domain.Forums;

namespace Portal.Domain.Engagement.Reports;

/// <summary>
/// One member's engagement as an operator sees it on the member page: profile numbers and a timeline across forums,
/// articles and events, grouped by local day, newest first. Counts come from <c>EngagementMemberDays</c>; titles and
/// links from the member's own content (threads and replies they wrote, their event places). Opening it writes an
/// <see cref="AuditEntry"/> (<see cref="AuditActions.MemberEngagementViewed"/>): operators' access to a member's data is audited.
/// </summary>
public sealed class MemberEngagement(IDbContextFactory<PortalDbContext> contexts, EngagementCalendar calendar, Lifecycle lifecycle, TimeProvider clock)
{
    /// <summary>Local days on one timeline page.</summary>
    public const int PageDays = 90;

    /// <summary>At most this many threads, replies and event items each on one page (the newest).</summary>
    public const int MaxItems = 200;

    public static IReadOnlyList<int> WindowDays { get; } = [7, 30, 90];

    /// <summary>
    /// The operator <paramref name="operatorId"/> opens <paramref name="memberId"/>'s engagement: writes the audit entry and
    /// returns the profile numbers with the last <see cref="PageDays"/> days of the timeline; null (and no entry) for no such member.
    /// </summary>
    public async Task<MemberEngagementSummary?> OpenAsync(string operatorId, string memberId, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var member = await db.Users.AsNoTracking().Where(u => u.Id == memberId).Select(u => new { u.JoinedAt }).SingleOrDefaultAsync(cancellationToken);
        if (member is null)
        {
            return null;
        }

        db.AuditEntries.Add(new AuditEntry
        {
            ActorId = operatorId,
            Action = AuditActions.MemberEngagementViewed,
            TargetType = "member",
            TargetId = memberId,
            At = now,
        });
        await db.SaveChangesAsync(cancellationToken);

        var profile = await db.EngagementProfiles.AsNoTracking().Where(p => p.MemberId == memberId)
            .Select(p => new { p.FirstSeenAt, p.LastActiveAt }).SingleOrDefaultAsync(cancellationToken);
        var today = calendar.DayOf(now);
        var since = today - WindowDays[^1] + 1;
        var recent = await db.EngagementMemberDays.AsNoTracking().Where(d => d.MemberId == memberId && d.Day >= since && d.Day <= today)
            .Select(d => new { d.Day, d.Kind, d.Count }).ToListAsync(cancellationToken);
        var windows = WindowDays.Select(days =>
        {
            var inWindow = recent.Where(d => d.Day > today - days).ToList();
            int Sum(string area) => inWindow.Where(d => AreaOf(d.Kind) == area).Sum(d => d.Count);
            return new ActivityWindow(days, inWindow.Select(d => d.Day).Distinct().Count(), Sum("forums"), Sum("articles"), Sum("events"), inWindow.Sum(d => d.Count));
        }).ToList();
        var joinedDay = calendar.DayOf(member.JoinedAt);
        var lastActiveDay = profile?.LastActiveAt is { } last ? calendar.DayOf(last) : (int?)null;
        var timeline = await PageAsync(db, memberId, today + 1, joinedDay, cancellationToken);
        return new MemberEngagementSummary(member.JoinedAt, profile?.FirstSeenAt, profile?.LastActiveAt, lifecycle.StageOn(today, joinedDay, lastActiveDay), windows, timeline);
    }

    /// <summary>The <see cref="PageDays"/> days of the timeline before <paramref name="beforeDay"/>: "older", after <see cref="OpenAsync"/> has been audited.</summary>
    public async Task<MemberTimelinePage> OlderAsync(string memberId, int beforeDay, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var joinedAt = await db.Users.AsNoTracking().Where(u => u.Id == memberId).Select(u => (DateTimeOffset?)u.JoinedAt).SingleOrDefaultAsync(cancellationToken);
        return await PageAsync(db, memberId, beforeDay, joinedAt is { } at ? calendar.DayOf(at) : beforeDay, cancellationToken);
    }

    private async Task<MemberTimelinePage> PageAsync(PortalDbContext db, string memberId, int beforeDay, int joinedDay, CancellationToken cancellationToken)
    {
        var firstDay = beforeDay - PageDays;
        var from = calendar.StartOf(firstDay);
        var until = calendar.StartOf(beforeDay);
        var counts = await db.EngagementMemberDays.AsNoTracking()
            .Where(d => d.MemberId == memberId && d.Day >= firstDay && d.Day < beforeDay)
            .Select(d => new { d.Day, d.Kind, d.Count })
            .ToListAsync(cancellationToken);
        var threads = await db.Threads.AsNoTracking()
            .Where(t => t.AuthorId == memberId && t.CreatedAt >= from && t.CreatedAt < until)
            .OrderByDescending(t => t.CreatedAt).Take(MaxItems)
            .Select(t => new { t.CreatedAt, t.Id, t.Title, t.Slug })
            .ToListAsync(cancellationToken);
        var replies = await db.Posts.AsNoTracking()
            .Where(p => p.AuthorId == memberId && p.Number > 1 && !p.IsDeleted && p.CreatedAt >= from && p.CreatedAt < until)
            .OrderByDescending(p => p.CreatedAt).Take(MaxItems)
            .Select(p => new { p.CreatedAt, p.ThreadId, p.Number, p.Thread!.Title, p.Thread.Slug })
            .ToListAsync(cancellationToken);
        var signups = await db.EventSignups.AsNoTracking()
            .Where(s => s.MemberId == memberId && (s.SignedUpAt < until && s.SignedUpAt >= from
                || s.ConfirmedAt >= from && s.ConfirmedAt < until
                || s.CancelledAt >= from && s.CancelledAt < until
                || s.CheckedInAt >= from && s.CheckedInAt < until))
            .Select(s => new { s.SignedUpAt, s.ConfirmedAt, s.CancelledAt, s.CheckedInAt, s.EventId, s.Event!.Title, s.Event.Slug })
            .ToListAsync(cancellationToken);

        var items = threads.Select(t => new TimelineItem(t.CreatedAt, TimelineItemKind.ThreadStarted, t.Title, ForumUrls.Thread(t.Id, t.Slug)))
            .Concat(replies.Select(r => new TimelineItem(r.CreatedAt, TimelineItemKind.Replied, r.Title, ForumUrls.Post(r.ThreadId, r.Slug, r.Number))))
            .Concat(signups.SelectMany(s =>
            {
                var url = EventUrls.Page(s.EventId, s.Slug);
                var promoted = s.ConfirmedAt > s.SignedUpAt;
                return new (DateTimeOffset? At, TimelineItemKind Kind)[]
                    {
                        (s.SignedUpAt, s.ConfirmedAt == s.SignedUpAt ? TimelineItemKind.SignedUp : TimelineItemKind.Waitlisted),
                        (promoted ? s.ConfirmedAt : null, TimelineItemKind.Promoted),
                        (s.CancelledAt, TimelineItemKind.Cancelled),
                        (s.CheckedInAt, TimelineItemKind.CheckedIn),
                    }
                    .Where(e => e.At is { } at && at >= from && at < until)
                    .Select(e => new TimelineItem(e.At!.Value, e.Kind, s.Title, url));
            }))
            .ToLookup(i => calendar.DayOf(i.At));
        var countsByDay = counts.ToLookup(c => c.Day);
        var days = countsByDay.Select(g => g.Key).Union(items.Select(g => g.Key)).OrderDescending()
            .Select(day => new TimelineDay(
                day,
                [.. countsByDay[day].OrderByDescending(c => c.Count).ThenBy(c => c.Kind, StringComparer.Ordinal).Select(c => new KindCount(c.Kind, c.Count))],
                [.. items[day].OrderByDescending(i => i.At)]))
            .ToList();
        return new MemberTimelinePage(firstDay, beforeDay - 1, days, firstDay > joinedDay ? firstDay : null);
    }

    /// <summary>The console's area of an engagement kind: "forums", "articles", "events" or "other".</summary>
    public static string AreaOf(string kind)
    {
        ArgumentNullException.ThrowIfNull(kind);
        return kind switch
        {
            EngagementKinds.ThreadViewed or EngagementKinds.ThreadCreated or EngagementKinds.PostCreated or EngagementKinds.ReactionAdded or EngagementKinds.ReportFiled => "forums",
            _ when kind.StartsWith("article.", StringComparison.Ordinal) => "articles",
            _ when kind.StartsWith("event.", StringComparison.Ordinal) => "events",
            _ => "other",
        };
    }
}
