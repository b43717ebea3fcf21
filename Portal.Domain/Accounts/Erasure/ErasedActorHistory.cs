using Microsoft.EntityFrameworkCore;
using Portal.Domain.Activity;
using Portal.Domain.Data;

namespace Portal.Domain.Accounts.Erasure;

/// <summary>
/// The ticker's check for erased members: a line whose actor is no longer a member (erased, or the hidden "deleted
/// member" their posts now stand under) is gone on the next read, on every node, so an erased member's name leaves
/// every ticker's memory. Adds no lines of its own.
/// </summary>
internal sealed class ErasedActorHistory(IDbContextFactory<PortalDbContext> contextFactory) : IActivityHistory
{
    public Task<IReadOnlyList<ActivityEvent>> RecentAsync(int count, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<ActivityEvent>>([]);

    public async Task<IReadOnlyList<ActivityEvent>> GoneAsync(IReadOnlyList<ActivityEvent> lines, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var actorIds = lines.Select(l => l.ActorId).OfType<string>().Distinct().ToList();
        if (actorIds.Count == 0)
        {
            return [];
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var members = await db.Users.AsNoTracking().Where(u => actorIds.Contains(u.Id)).Select(u => u.Id).ToListAsync(cancellationToken);
        return [.. lines.Where(l => l.ActorId is { } actor && !members.Contains(actor))];
    }
}
