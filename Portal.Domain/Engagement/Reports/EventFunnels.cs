using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Portal.Domain.Data;
using Portal.Domain.Events;

namespace Portal.Domain.Engagement.Reports;

/// <summary>
/// Event funnels for the console: viewed → signed up → attended, with no-shows and the waitlist. Views come from the
/// per-item day rollups (<c>event.viewed</c> on target ("event", id), every day the event was shown); everything about
/// sign-ups comes from <c>EventSignups</c>, the source of truth (the engagement kinds for sign-ups are a log of what
/// happened, the sign-up rows say where each member stands now). Three aggregate queries, whatever the number of events.
/// </summary>
public sealed class EventFunnels(IDbContextFactory<PortalDbContext> contexts, EngagementCalendar calendar, PrivacyFloor floor, TimeProvider clock)
{
    /// <summary>The published events starting between local days <paramref name="firstDay"/> and <paramref name="lastDay"/> (inclusive).</summary>
    public async Task<EventFunnelReport> ReportAsync(int firstDay, int lastDay, CancellationToken cancellationToken = default)
    {
        var from = calendar.StartOf(firstDay);
        var until = calendar.StartOf(lastDay + 1);
        var now = clock.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var events = await db.Events.AsNoTracking()
            .Where(e => e.Status == EventStatus.Published && e.StartsAt >= from && e.StartsAt < until)
            .OrderByDescending(e => e.StartsAt).ThenByDescending(e => e.Id)
            .Select(e => new { e.Id, e.Title, e.City, e.StartsAt, e.EndsAt })
            .ToListAsync(cancellationToken);
        if (events.Count == 0)
        {
            return new EventFunnelReport(firstDay, lastDay, [], [], new FunnelSummary(null, 0, 0, Floor(0, default)));
        }

        var signups = db.EventSignups.AsNoTracking()
            .Where(s => s.Event!.Status == EventStatus.Published && s.Event.StartsAt >= from && s.Event.StartsAt < until);
        var perEvent = await signups
            .GroupBy(s => s.EventId)
            .Select(g => new
            {
                EventId = g.Key,
                Members = g.Count(),
                SignedUp = g.Count(s => s.Status == SignupStatus.Confirmed),
                Attended = g.Count(s => s.Status == SignupStatus.Confirmed && s.CheckedInAt != null),
                Waitlisted = g.Count(s => s.ConfirmedAt == null || s.ConfirmedAt > s.SignedUpAt),
                Promoted = g.Count(s => s.ConfirmedAt > s.SignedUpAt),
                Cancelled = g.Count(s => s.Status == SignupStatus.Cancelled),
            })
            .ToDictionaryAsync(c => c.EventId, cancellationToken);

        // A member at several events of a city is one member of its group, so the floor counts distinct members.
        var membersPerCity = await signups.GroupBy(s => s.Event!.City)
            .Select(g => new { City = g.Key, Members = g.Select(s => s.MemberId).Distinct().Count() })
            .ToDictionaryAsync(c => c.City, c => c.Members, StringComparer.Ordinal, cancellationToken);
        var allMembers = await signups.Select(s => s.MemberId).Distinct().CountAsync(cancellationToken);

        var ids = events.Select(e => e.Id.ToString(CultureInfo.InvariantCulture)).ToList();
        var views = await db.EngagementRollups.AsNoTracking()
            .Where(r => r.Grain == RollupGrain.Day && r.Metric == EngagementKinds.EventViewed && r.TargetType == "event" && ids.Contains(r.TargetId))
            .GroupBy(r => r.TargetId)
            .Select(g => new { g.Key, Views = g.Sum(r => r.Count) })
            .ToDictionaryAsync(v => v.Key, v => v.Views, StringComparer.Ordinal, cancellationToken);

        var rows = events.Select(e =>
        {
            var ended = e.EndsAt <= now;
            var raw = perEvent.TryGetValue(e.Id, out var c)
                ? new RawCounts(c.SignedUp, c.Attended, ended ? c.SignedUp : 0, ended ? c.SignedUp - c.Attended : 0, c.Waitlisted, c.Promoted, c.Cancelled)
                : default;
            var eventViews = views.GetValueOrDefault(e.Id.ToString(CultureInfo.InvariantCulture));
            return (Funnel: new EventFunnel(e.Id, e.Title, e.City, e.StartsAt, calendar.DayOf(e.StartsAt), ended, eventViews, Floor(c?.Members ?? 0, raw)), Raw: raw);
        }).ToList();

        var cities = rows.GroupBy(r => r.Funnel.City, StringComparer.Ordinal)
            .Select(g => Summary(g.Key, g.ToList(), membersPerCity.GetValueOrDefault(g.Key)))
            .OrderByDescending(c => c.Events).ThenBy(c => c.City, StringComparer.Ordinal)
            .ToList();
        return new EventFunnelReport(firstDay, lastDay, [.. rows.Select(r => r.Funnel)], cities, Summary(null, rows, allMembers));
    }

    private FunnelSummary Summary(string? city, IReadOnlyCollection<(EventFunnel Funnel, RawCounts Raw)> rows, long members) =>
        new(city, rows.Count, rows.Sum(r => r.Funnel.Views), Floor(members, rows.Aggregate(default(RawCounts), (sum, r) => sum + r.Raw)));

    private FunnelCounts Floor(long members, RawCounts raw) => new(
        floor.Cell(members, members),
        floor.Cell(members, raw.SignedUp),
        floor.Cell(members, raw.Attended),
        floor.Cell(members, raw.EndedSignedUp),
        floor.Cell(members, raw.NoShows),
        floor.Cell(members, raw.WaitlistJoins),
        floor.Cell(members, raw.Promotions),
        floor.Cell(members, raw.Cancelled));

    private readonly record struct RawCounts(long SignedUp, long Attended, long EndedSignedUp, long NoShows, long WaitlistJoins, long Promotions, long Cancelled)
    {
        public static RawCounts operator +(RawCounts a, RawCounts b) => new(
            a.SignedUp + b.SignedUp, a.Attended + b.Attended, a.EndedSignedUp + b.EndedSignedUp, a.NoShows + b.NoShows,
            a.WaitlistJoins + b.WaitlistJoins, a.Promotions + b.Promotions, a.Cancelled + b.Cancelled);
    }
}
