using Microsoft.EntityFrameworkCore;
using Portal.Domain.Accounts;
using Portal.Domain.Activity;
using Portal.Domain.Data;
using Portal.Domain.Engagement;

namespace Portal.Domain.Notifications;

/// <summary>
/// A member reading their own notifications: newest first, a page at a time, and marking them read. Every
/// method takes the member's id and only ever reads or changes that member's rows.
/// </summary>
public sealed class NotificationService(IDbContextFactory<PortalDbContext> contextFactory, IActivityBus bus, IEngagementRecorder engagement, TimeProvider clock)
{
    public const int PageSize = 20;

    /// <summary>Page <paramref name="page"/> (from 1) in at most three queries: the page, its actors, the unread count.</summary>
    public async Task<NotificationPage> GetPageAsync(string memberId, int page, CancellationToken cancellationToken = default)
    {
        // No page past int.MaxValue rows: the skip below never overflows.
        page = Math.Clamp(page, 1, int.MaxValue / PageSize);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var rows = await db.Notifications.AsNoTracking()
            .Where(n => n.RecipientId == memberId)
            .OrderByDescending(n => n.At).ThenByDescending(n => n.Id)
            .Skip((page - 1) * PageSize)
            .Take(PageSize + 1)
            .ToListAsync(cancellationToken);
        var actors = await MemberSummaries.LoadAsync(db, rows.Where(n => n.ActorId is not null).Select(n => n.ActorId!).ToList(), cancellationToken);
        var unread = await db.Notifications.CountAsync(n => n.RecipientId == memberId && n.ReadAt == null, cancellationToken);

        var items = rows.Take(PageSize)
            .Select(n => new NotificationItem(n.Id, n.Kind, n.ActorId is not null && actors.TryGetValue(n.ActorId, out var actor) ? actor.Member : null, n.Subject, n.Url, n.At, n.ReadAt is not null))
            .ToList();
        return new NotificationPage(items, page, rows.Count > PageSize, unread);
    }

    public async Task<int> CountUnreadAsync(string memberId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.Notifications.CountAsync(n => n.RecipientId == memberId && n.ReadAt == null, cancellationToken);
    }

    /// <summary>Marks one of the member's notifications read (the first time counts as opened); reading it again is fine, someone else's is not found.</summary>
    public async Task<Result> MarkReadAsync(string memberId, long notificationId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var changed = await db.Notifications
            .Where(n => n.Id == notificationId && n.RecipientId == memberId && n.ReadAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now), cancellationToken);
        if (changed > 0)
        {
            engagement.Record(new EngagementSignal(EngagementKinds.NotificationOpened, memberId, "notification", notificationId.ToString(System.Globalization.CultureInfo.InvariantCulture), now));
            await PublishReadAsync(memberId, now);
        }

        return changed > 0 || await db.Notifications.AnyAsync(n => n.Id == notificationId && n.RecipientId == memberId, cancellationToken)
            ? Result.Ok
            : Result.Fail(NotificationProblems.NotFound);
    }

    /// <summary>Marks every unread notification of the member read; returns how many there were.</summary>
    public async Task<int> MarkAllReadAsync(string memberId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var changed = await db.Notifications
            .Where(n => n.RecipientId == memberId && n.ReadAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now), cancellationToken);
        if (changed > 0)
        {
            await PublishReadAsync(memberId, now);
        }

        return changed;
    }

    /// <summary>The member's other tabs and devices bring their bell down too.</summary>
    private ValueTask PublishReadAsync(string memberId, DateTimeOffset at) =>
        bus.PublishAsync(new ActivityEvent(ActivityKinds.NotificationsRead, memberId, null, new ActivityTarget(ActivityTarget.Member, memberId), ActivityAudience.Member(memberId), at));
}
