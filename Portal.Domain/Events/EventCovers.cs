using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Portal.Domain.Accounts;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Data;
using Portal.Domain.Media;

namespace Portal.Domain.Events;

/// <summary>Editors and operators setting an event's cover image (stored by the <see cref="EventCoverImages"/> kind of <see cref="ImageStore"/>).</summary>
public sealed class EventCovers(IDbContextFactory<PortalDbContext> contextFactory, [FromKeyedServices(EventCoverImages.Kind)] ImageStore covers)
{
    /// <summary>Replaces the event's cover with an uploaded image (checked by its content); the old file is deleted.</summary>
    public Task<Result> SetCoverAsync(string editorId, int eventId, Stream upload, CancellationToken cancellationToken = default) =>
        ChangeAsync(editorId, eventId, async (db, ev) =>
        {
            var stored = await covers.SaveAsync(eventId.ToString(CultureInfo.InvariantCulture), upload, cancellationToken);
            if (!stored.Succeeded)
            {
                return stored;
            }

            var old = ev.CoverFile;
            ev.CoverFile = stored.Value;
            await db.SaveChangesAsync(cancellationToken);
            covers.Delete(old);
            return Result.Ok;
        }, cancellationToken);

    public Task<Result> RemoveCoverAsync(string editorId, int eventId, CancellationToken cancellationToken = default) =>
        ChangeAsync(editorId, eventId, async (db, ev) =>
        {
            covers.Delete(ev.CoverFile);
            ev.CoverFile = null;
            await db.SaveChangesAsync(cancellationToken);
            return Result.Ok;
        }, cancellationToken);

    /// <summary>Checks the editor's role and loads the event, then applies <paramref name="change"/>.</summary>
    private async Task<Result> ChangeAsync(string editorId, int eventId, Func<PortalDbContext, OwnerEvent, Task<Result>> change, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (!await db.IsStaffAsync(editorId, cancellationToken))
        {
            return Result.Fail(EventProblems.Forbidden);
        }

        var ev = await db.Events.SingleOrDefaultAsync(e => e.Id == eventId, cancellationToken);
        return ev is null ? Result.Fail(EventProblems.NotFound) : await change(db, ev);
    }
}
