using Microsoft.EntityFrameworkCore;
using Portal.Domain.Data;
using Portal.Domain.Events;

namespace Portal.Domain.Accounts.Erasure;

/// <summary>
/// Frees an erased member's places at upcoming events inside the eraser's transaction, by the sign-up service's own
/// rules: each event's lock first, the sign-up cancelled, then the waitlist promoted in order (and told). Past events'
/// sign-ups simply go with the account.
/// </summary>
internal static class ErasedSeats
{
    /// <summary>The seats of every event whose places changed, and the sign-ups promoted, for the after-commit news.</summary>
    public static async Task<List<(SeatsSnapshot Seats, List<EventSignup> Promoted)>> FreeAsync(
        PortalDbContext db, string memberId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var eventIds = await db.EventSignups
            .Where(s => s.MemberId == memberId && s.Status != SignupStatus.Cancelled && s.Event!.StartsAt > now)
            .OrderBy(s => s.EventId)
            .Select(s => s.EventId)
            .ToListAsync(cancellationToken);
        var changed = new List<(SeatsSnapshot, List<EventSignup>)>();
        foreach (var eventId in eventIds)
        {
            await EventLock.AcquireAsync(db, eventId, cancellationToken);
            var signup = await db.EventSignups.SingleAsync(s => s.EventId == eventId && s.MemberId == memberId, cancellationToken);
            var wasConfirmed = signup.Status == SignupStatus.Confirmed;
            signup.Status = SignupStatus.Cancelled;
            signup.CancelledAt = now;
            await db.SaveChangesAsync(cancellationToken);
            var ev = await db.Events.AsNoTracking().SingleAsync(e => e.Id == eventId, cancellationToken);
            var promoted = wasConfirmed ? await EventSignupService.PromoteAndNotifyAsync(db, ev, now, cancellationToken) : [];
            changed.Add((await EventSeats.SnapshotAsync(db, eventId, cancellationToken), promoted));
        }

        return changed;
    }
}
