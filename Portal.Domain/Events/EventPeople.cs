using Microsoft.EntityFrameworkCore;
using Portal.Domain.Accounts;
using Portal.Domain.Data;

namespace Portal.Domain.Events;

/// <summary>
/// The people side of events as members see it: who is coming (or came), an attendee's choice to hide their name, and
/// the events a member attended. An attendee who hid their name counts but is never named to other members; staff see
/// everyone in Studio (<see cref="EventAttendees"/>).
/// </summary>
public sealed class EventPeople(IDbContextFactory<PortalDbContext> contextFactory, TimeProvider clock)
{
    /// <summary>How many faces the event page shows before "and N more".</summary>
    public const int ShownGoers = 12;

    /// <summary>
    /// Confirmed sign-ups of a published (or cancelled) event in confirmation order; once the event is over only those who
    /// checked in. <see cref="EventGoers.None"/> for drafts and unknown ids.
    /// </summary>
    public async Task<EventGoers> GoersAsync(int eventId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var ev = await db.Events.AsNoTracking().Where(e => e.Id == eventId && e.Status != EventStatus.Draft).Select(e => new { e.EndsAt }).SingleOrDefaultAsync(cancellationToken);
        if (ev is null)
        {
            return EventGoers.None;
        }

        var past = ev.EndsAt < clock.GetUtcNow();
        var signups = db.EventSignups.AsNoTracking()
            .Where(s => s.EventId == eventId && s.Status == SignupStatus.Confirmed && (!past || s.CheckedInAt != null));
        var count = await signups.CountAsync(cancellationToken);
        if (count == 0)
        {
            return EventGoers.None;
        }

        var people = await signups.SumAsync(s => 1 + s.Guests, cancellationToken);
        var first = await signups.OrderBy(s => s.Sequence).Take(ShownGoers).Select(s => new { s.Id, s.MemberId, s.HideName }).ToListAsync(cancellationToken);
        var members = await MemberSummaries.LoadAsync(db, [.. first.Where(s => !s.HideName).Select(s => s.MemberId)], cancellationToken);
        var shown = first.Select(s => new EventGoer(s.Id, s.HideName ? null : members[s.MemberId].Member)).ToList();
        return new EventGoers(shown, count - shown.Count, people);
    }

    /// <summary>Whether the member's sign-up to the event hides their name; null when they have no active sign-up.</summary>
    public async Task<bool?> IsNameHiddenAsync(string memberId, int eventId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.EventSignups.AsNoTracking()
            .Where(s => s.EventId == eventId && s.MemberId == memberId && s.Status != SignupStatus.Cancelled)
            .Select(s => (bool?)s.HideName).SingleOrDefaultAsync(cancellationToken);
    }

    /// <summary>The member hides (or shows again) their name on their own sign-up.</summary>
    public async Task<Result> SetNameHiddenAsync(string memberId, int eventId, bool hidden, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var changed = await db.EventSignups.Where(s => s.EventId == eventId && s.MemberId == memberId && s.Status != SignupStatus.Cancelled)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.HideName, hidden), cancellationToken);
        return changed == 1 ? Result.Ok : Result.Fail(EventProblems.NotSignedUp);
    }

    /// <summary>
    /// Past events the member checked in at, newest first. Others (<paramref name="viewerId"/> not the member) do not see the
    /// events where the member hid their name.
    /// </summary>
    public async Task<IReadOnlyList<AttendedEvent>> AttendedAsync(string memberId, string? viewerId, int count, CancellationToken cancellationToken = default)
    {
        var self = memberId == viewerId;
        var now = clock.GetUtcNow();
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.EventSignups.AsNoTracking()
            .Where(s => s.MemberId == memberId && s.Status == SignupStatus.Confirmed && s.CheckedInAt != null && (self || !s.HideName)
                && s.Event!.Status != EventStatus.Draft && s.Event.EndsAt < now)
            .OrderByDescending(s => s.Event!.StartsAt)
            .Take(count)
            .Select(s => new AttendedEvent(s.EventId, s.Event!.Title, s.Event.Slug, s.Event.City, s.Event.StartsAt, s.Event.TimeZoneId))
            .ToListAsync(cancellationToken);
    }
}
