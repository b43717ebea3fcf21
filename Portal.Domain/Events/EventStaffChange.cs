using Microsoft.EntityFrameworkCore.Storage;
using Portal.Domain.Data;

namespace Portal.Domain.Events;

/// <summary>
/// An event opened for a staff change (<see cref="EventStudio"/>): the context, its transaction holding the
/// <see cref="EventLock"/>, and the tracked event; or, instead, why it could not be opened (<see cref="Refusal"/>: not
/// staff, an invalid draft, no such event). Disposing it rolls back whatever was not committed.
/// </summary>
internal sealed class EventStaffChange(PortalDbContext db, IDbContextTransaction? transaction, OwnerEvent? ev, Result? refusal) : IAsyncDisposable
{
    public PortalDbContext Db { get; } = db;

    public OwnerEvent Event => ev ?? throw new InvalidOperationException("The event was not opened: check Refusal first.");

    public Result? Refusal { get; } = refusal;

    public Task CommitAsync(CancellationToken cancellationToken) =>
        (transaction ?? throw new InvalidOperationException("The event was not opened: check Refusal first.")).CommitAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        if (transaction is not null)
        {
            await transaction.DisposeAsync();
        }

        await Db.DisposeAsync();
    }
}
