using Microsoft.EntityFrameworkCore;
using Portal.Domain.Data;

namespace Portal.Domain.Events;

/// <summary>Seat arithmetic inside an event's lock (<see cref="EventLock"/>): the sum of confirmed parties is the truth, no counters.</summary>
internal static class EventSeats
{
    public static Task<int> TakenAsync(PortalDbContext db, int eventId, CancellationToken cancellationToken) =>
        db.EventSignups.Where(s => s.EventId == eventId && s.Status == SignupStatus.Confirmed).SumAsync(s => 1 + s.Guests, cancellationToken);

    public static Task<bool> AnyWaitingAsync(PortalDbContext db, int eventId, CancellationToken cancellationToken) =>
        db.EventSignups.AnyAsync(s => s.EventId == eventId && s.Status == SignupStatus.Waitlisted, cancellationToken);

    /// <summary>Seats taken and sign-ups waiting; read inside the lock, so it is the state the transaction commits.</summary>
    public static async Task<SeatsSnapshot> SnapshotAsync(PortalDbContext db, int eventId, CancellationToken cancellationToken)
    {
        var ev = await db.Events.AsNoTracking().Where(e => e.Id == eventId)
            .Select(e => new { e.Title, e.Slug, e.Status, e.Capacity }).SingleAsync(cancellationToken);
        var waiting = await db.EventSignups.CountAsync(s => s.EventId == eventId && s.Status == SignupStatus.Waitlisted, cancellationToken);
        return new SeatsSnapshot(eventId, ev.Title, ev.Slug, ev.Status, ev.Capacity, await TakenAsync(db, eventId, cancellationToken), waiting);
    }

    /// <summary>Position (from 1) of a waitlisted sign-up: how many wait ahead of it, plus one.</summary>
    public static async Task<int> PositionAsync(PortalDbContext db, int eventId, long sequence, CancellationToken cancellationToken) =>
        await db.EventSignups.CountAsync(s => s.EventId == eventId && s.Status == SignupStatus.Waitlisted && s.Sequence < sequence, cancellationToken) + 1;

    /// <summary>
    /// Confirms waitlisted sign-ups in arrival order while their party fits. It stops at the first party that does not
    /// fit rather than skipping ahead to a smaller one: the waitlist is a queue. Returns the promoted (tracked) rows.
    /// </summary>
    public static async Task<List<EventSignup>> PromoteAsync(PortalDbContext db, OwnerEvent ev, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var promoted = new List<EventSignup>();
        if (ev.Status != EventStatus.Published || ev.StartsAt <= now)
        {
            return promoted;
        }

        var free = ev.Capacity - await TakenAsync(db, ev.Id, cancellationToken);
        if (free <= 0)
        {
            return promoted;
        }

        var waiting = await db.EventSignups
            .Where(s => s.EventId == ev.Id && s.Status == SignupStatus.Waitlisted)
            .OrderBy(s => s.Sequence)
            .Take(free)
            .ToListAsync(cancellationToken);
        foreach (var signup in waiting)
        {
            if (signup.Seats > free)
            {
                break;
            }

            signup.Status = SignupStatus.Confirmed;
            signup.ConfirmedAt = now;
            free -= signup.Seats;
            promoted.Add(signup);
        }

        return promoted;
    }
}
