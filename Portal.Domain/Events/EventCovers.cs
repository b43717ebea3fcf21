using Microsoft.EntityFrameworkCore;
using Portal.Domain.Data;

namespace Portal.Domain.Events;

/// <summary>Editors and operators setting an event's cover image (stored by <see cref="EventCoverStore"/>).</summary>
public sealed class EventCovers(IDbContextFactory<PortalDbContext> contextFactory, EventCoverStore covers)
{
    /// <summary>Replaces the event's cover with an uploaded image (checked by its content); the old file is deleted.</summary>
    public async Task<Result> SetCoverAsync(string editorId, int eventId, Stream upload, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (!await EventStudio.IsStaffAsync(db, editorId, cancellationToken))
        {
            return Result.Fail(EventProblems.Forbidden);
        }

        var ev = await db.Events.SingleOrDefaultAsync(e => e.Id == eventId, cancellationToken);
        if (ev is null)
        {
            return Result.Fail(EventProblems.NotFound);
        }

        var stored = await covers.SaveAsync(eventId, upload, cancellationToken);
        if (!stored.Succeeded)
        {
            return stored;
        }

        var old = ev.CoverFile;
        ev.CoverFile = stored.Value;
        await db.SaveChangesAsync(cancellationToken);
        covers.Delete(old);
        return Result.Ok;
    }

    public async Task<Result> RemoveCoverAsync(string editorId, int eventId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (!await EventStudio.IsStaffAsync(db, editorId, cancellationToken))
        {
            return Result.Fail(EventProblems.Forbidden);
        }

        var ev = await db.Events.SingleOrDefaultAsync(e => e.Id == eventId, cancellationToken);
        if (ev is null)
        {
            return Result.Fail(EventProblems.NotFound);
        }

        covers.Delete(ev.CoverFile);
        ev.CoverFile = null;
        await db.SaveChangesAsync(cancellationToken);
        return Result.Ok;
    }
}
