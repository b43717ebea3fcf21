using Microsoft.EntityFrameworkCore;
using Portal.Domain.Accounts;
using Portal.Domain.Data;
using Portal.Domain.Engagement;

namespace Portal.Domain.Audit;

/// <summary>
/// The audit log as operators read it: filtered and paged newest first, every entry with its actor and target named
/// (<see cref="AuditTargets"/>: a few queries a page, whatever its size).
/// </summary>
public sealed class AuditLog(IDbContextFactory<PortalDbContext> contexts, EngagementCalendar calendar)
{
    public const int PageSize = 50;

    public async Task<AuditLogPage> PageAsync(AuditQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var entries = Filter(db.AuditEntries.AsNoTracking(), query);
        var total = await entries.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        var page = Math.Clamp(query.Page, 1, pageCount);
        var rows = await entries.OrderByDescending(a => a.At).ThenByDescending(a => a.Id)
            .Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
        return new AuditLogPage(await AuditTargets.ResolveAsync(db, rows, cancellationToken), page, pageCount, total);
    }

    /// <summary>The latest <paramref name="take"/> entries, newest first ("Recent changes").</summary>
    public async Task<IReadOnlyList<AuditLine>> LatestAsync(int take, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.AuditEntries.AsNoTracking().OrderByDescending(a => a.At).ThenByDescending(a => a.Id).Take(take).ToListAsync(cancellationToken);
        return await AuditTargets.ResolveAsync(db, rows, cancellationToken);
    }

    /// <summary>Everyone who has done something the log records, by name: the choices of the actor filter.</summary>
    public async Task<IReadOnlyList<AuditActor>> ActorsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Users.AsNoTracking()
            .Where(u => db.AuditEntries.Any(a => a.ActorId == u.Id))
            .OrderBy(u => u.DisplayName)
            .Select(u => new AuditActor(u.Id, u.DisplayName))
            .ToListAsync(cancellationToken);
    }

    private IQueryable<AuditEntry> Filter(IQueryable<AuditEntry> entries, AuditQuery query)
    {
        if (!string.IsNullOrEmpty(query.ActorId))
        {
            entries = entries.Where(a => a.ActorId == query.ActorId);
        }

        if (!string.IsNullOrEmpty(query.Action))
        {
            entries = entries.Where(a => a.Action == query.Action);
        }

        if (query.From is { } from)
        {
            var start = calendar.StartOf(from.DayNumber);
            entries = entries.Where(a => a.At >= start);
        }

        if (query.To is { } to)
        {
            var end = calendar.StartOf(to.DayNumber + 1);
            entries = entries.Where(a => a.At < end);
        }

        return entries;
    }
}
