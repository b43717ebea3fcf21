using Microsoft.EntityFrameworkCore;
using Portal.Domain.Data;
using Portal.Domain.Notifications;

namespace Portal.Domain.Events;

/// <summary>
/// Reminds confirmed members 24 hours before their event. ReminderSentAt is set in the same transaction as the
/// notification, so each sign-up is reminded once, and a restart picks up exactly where the last tick stopped.
/// </summary>
public sealed class EventReminders(IDbContextFactory<PortalDbContext> contextFactory, EventActivity activity, TimeProvider clock)
{
    public static readonly TimeSpan Lead = TimeSpan.FromHours(24);

    /// <summary>How often the reminder job looks for due reminders.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);
    public const int BatchSize = 500;

    /// <summary>One pass: sends every due reminder (in batches); returns how many were sent.</summary>
    public async Task<int> SendDueAsync(CancellationToken cancellationToken = default)
    {
        var sent = 0;
        while (true)
        {
            var now = clock.GetUtcNow();
            var horizon = now + Lead;
            await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var due = await db.EventSignups
                .Where(s => s.Status == SignupStatus.Confirmed && s.ReminderSentAt == null
                    && s.Event!.Status == EventStatus.Published && s.Event.StartsAt > now && s.Event.StartsAt <= horizon)
                .Include(s => s.Event)
                .OrderBy(s => s.Id)
                .Take(BatchSize)
                .ToListAsync(cancellationToken);
            foreach (var signup in due)
            {
                signup.ReminderSentAt = now;
                await NotificationWriter.AddAsync(db, [signup.MemberId], NotificationKind.EventReminder, null, signup.Event!.Title, signup.Event.Url, now, eventId: signup.EventId, cancellationToken: cancellationToken);
            }

            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            await activity.NotifiedAsync(due.Select(s => s.MemberId), now);
            sent += due.Count;
            if (due.Count < BatchSize)
            {
                return sent;
            }
        }
    }
}
