using Microsoft.EntityFrameworkCore;
using Portal.Domain.Data;

namespace Portal.Domain.Events;

/// <summary>
/// Serialises every seat-changing use case of one event. Call it first inside the write transaction: the update of
/// the event's <see cref="OwnerEvent.SignupSequence"/> is the lock on every provider. On SQLite the transaction already
/// holds the database's write lock from its start (Microsoft.Data.Sqlite begins with BEGIN IMMEDIATE, so a second
/// caller waits on the busy timeout instead of failing when its read turns into a write). On PostgreSQL the UPDATE
/// takes the row lock, as <c>SELECT ... FOR UPDATE</c> would, so calls for the same event queue up while other
/// events carry on, and every count read after it (READ COMMITTED) sees the commits of the calls before it. This is
/// the one place that knows about locking: no provider check anywhere else.
/// </summary>
internal static class EventLock
{
    /// <summary>Takes the lock and returns this call's place in the event's arrival order (null: no such event).</summary>
    public static async Task<long?> AcquireAsync(PortalDbContext db, int eventId, CancellationToken cancellationToken)
    {
        var updated = await db.Events.Where(e => e.Id == eventId)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.SignupSequence, e => e.SignupSequence + 1), cancellationToken);
        if (updated == 0)
        {
            return null;
        }

        return await db.Events.Where(e => e.Id == eventId).Select(e => e.SignupSequence).SingleAsync(cancellationToken);
    }
}
