using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Portal.Domain.Accounts;
using Portal.Domain.Content;
using Portal.Domain.Data;
using Portal.Domain.Notifications;

namespace Portal.Domain.Events;

/// <summary>
/// Editors and operators running events: create (optionally as a weekly or monthly series), edit, publish, take back to
/// draft, cancel (every attendee is notified) and message the attendees. Each method checks the role in the database
/// again; publishing, unpublishing, cancelling, edits and messages are audited (target type "event"). What the Studio
/// reads about events is <see cref="StudioEventReader"/>.
/// </summary>
public sealed class EventStudio(IDbContextFactory<PortalDbContext> contextFactory, MarkdownRenderer markdown, EventActivity activity, TimeProvider clock)
{
    public const int MessageMaxLength = Notification.SubjectMaxLength;

    /// <summary>Creates a draft (or one draft per occurrence of a series); returns the first event's id.</summary>
    public async Task<Result<int>> CreateAsync(string editorId, EventDraft draft, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (!await db.IsStaffAsync(editorId, cancellationToken))
        {
            return new Problem(EventProblems.Forbidden);
        }

        var now = clock.GetUtcNow();
        var problems = EventDraftRules.Check(draft, creating: true);
        if (problems.Count == 0 && TimeZones.ToInstant(draft.StartsLocal, draft.TimeZoneId) <= now)
        {
            problems.Add(new Problem(EventProblems.StartInPast, nameof(EventDraft.StartsLocal)));
        }

        if (problems.Count > 0)
        {
            return Result.Fail([.. problems]).As<int>();
        }

        var count = draft.Repeat == EventRepeat.None ? 1 : draft.Occurrences;
        var seriesKey = count > 1 ? Guid.NewGuid().ToString("N") : null;
        var events = new List<OwnerEvent>();
        for (var i = 0; i < count; i++)
        {
            var ev = new OwnerEvent { Title = "", Slug = "", TimeZoneId = draft.TimeZoneId, City = "", CreatedById = editorId, CreatedAt = now, SeriesKey = seriesKey };
            EventDraftMapper.Apply(ev, EventDraftMapper.Shift(draft, i), markdown, replaceQuestions: true);
            events.Add(ev);
        }

        db.Events.AddRange(events);
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success(events[0].Id);
    }

    /// <summary>
    /// Edits an event. Questions can change only until the first sign-up (answers refer to them). More capacity
    /// promotes the waitlist; less capacity never un-confirms anyone.
    /// </summary>
    public async Task<Result> UpdateAsync(string editorId, int eventId, EventDraft draft, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var now = clock.GetUtcNow();
        var problems = EventDraftRules.Check(draft, creating: false);
        await using var change = await OpenForChangeAsync(editorId, eventId, problems.Count > 0 ? Result.Fail([.. problems]) : null, withDetails: true, cancellationToken);
        if (change.Refusal is { } refusal)
        {
            return refusal;
        }

        var (db, ev) = (change.Db, change.Event);
        var hasSignups = await db.EventSignups.AnyAsync(s => s.EventId == eventId, cancellationToken);
        if (hasSignups && !EventDraftMapper.SameQuestions(ev.Questions, draft.Questions))
        {
            return Result.Fail(EventProblems.QuestionsLocked, nameof(EventDraft.Questions));
        }

        var before = EventChanges.Snapshot(ev);
        EventDraftMapper.Apply(ev, draft, markdown, replaceQuestions: !hasSignups);
        if (EventChanges.Between(before, EventChanges.Snapshot(ev)) is { } changes)
        {
            Audit(db, editorId, AuditActions.EventEdited, eventId, changes, now);
        }

        await db.SaveChangesAsync(cancellationToken);
        var promoted = await EventSignupService.PromoteAndNotifyAsync(db, ev, now, cancellationToken);
        var seats = await EventSeats.SnapshotAsync(db, eventId, cancellationToken);
        await change.CommitAsync(cancellationToken);
        await activity.SeatsChangedAsync(editorId, seats, signupsAdded: 0, now);
        await activity.NotifiedAsync(promoted.Select(s => s.MemberId), now);
        return Result.Ok;
    }

    /// <summary>
    /// Publishes a draft (opening its discussion); an event whose start has passed is refused. Publishing twice is fine.
    /// Seats do not change, so the event's lock is not taken: the status changes only from draft, once.
    /// </summary>
    public async Task<Result> PublishAsync(string editorId, int eventId, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        await using var change = await OpenForChangeAsync(editorId, eventId, invalid: null, withDetails: false, cancellationToken, seatLock: false);
        if (change.Refusal is { } refusal)
        {
            return refusal;
        }

        var (db, ev) = (change.Db, change.Event);
        if (ev.Status != EventStatus.Draft)
        {
            return ev.Status == EventStatus.Published ? Result.Ok : Result.Fail(EventProblems.AlreadyCancelled);
        }

        if (ev.StartsAt <= now)
        {
            return Result.Fail(EventProblems.StartInPast);
        }

        var changed = await db.Events.Where(e => e.Id == eventId && e.Status == EventStatus.Draft)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.Status, EventStatus.Published).SetProperty(e => e.PublishedAt, now), cancellationToken);
        if (changed == 1)
        {
            // The discussion opens with the first publication, in the same transaction.
            await db.Entry(ev).ReloadAsync(cancellationToken);
            await EventDiscussions.OpenAsync(db, ev, markdown, now, cancellationToken);
            Audit(db, editorId, AuditActions.EventPublished, eventId, null, now);
            await db.SaveChangesAsync(cancellationToken);
        }

        await change.CommitAsync(cancellationToken);
        if (changed == 1)
        {
            await activity.SeatsChangedAsync(editorId, await EventSeats.SnapshotAsync(db, eventId, cancellationToken), signupsAdded: 0, now);
        }

        return Result.Ok;
    }

    /// <summary>
    /// Takes a published event back to draft while nobody is signed up or waiting (else members were counting on it:
    /// cancel instead, which tells them). Its discussion stays.
    /// </summary>
    public async Task<Result> UnpublishAsync(string editorId, int eventId, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        await using var change = await OpenForChangeAsync(editorId, eventId, invalid: null, withDetails: false, cancellationToken);
        if (change.Refusal is { } refusal)
        {
            return refusal;
        }

        var (db, ev) = (change.Db, change.Event);
        if (ev.Status != EventStatus.Published)
        {
            return ev.Status == EventStatus.Draft ? Result.Ok : Result.Fail(EventProblems.AlreadyCancelled);
        }

        if (await db.EventSignups.AnyAsync(s => s.EventId == eventId && s.Status != SignupStatus.Cancelled, cancellationToken))
        {
            return Result.Fail(EventProblems.HasSignups);
        }

        ev.Status = EventStatus.Draft;
        ev.PublishedAt = null;
        Audit(db, editorId, AuditActions.EventUnpublished, eventId, null, now);
        await db.SaveChangesAsync(cancellationToken);
        var seats = await EventSeats.SnapshotAsync(db, eventId, cancellationToken);
        await change.CommitAsync(cancellationToken);
        await activity.SeatsChangedAsync(editorId, seats, signupsAdded: 0, now);
        return Result.Ok;
    }

    /// <summary>Cancels the event; everyone confirmed or waiting gets a notification in the same transaction.</summary>
    public async Task<Result> CancelAsync(string editorId, int eventId, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        await using var change = await OpenForChangeAsync(editorId, eventId, invalid: null, withDetails: false, cancellationToken);
        if (change.Refusal is { } refusal)
        {
            return refusal;
        }

        var (db, ev) = (change.Db, change.Event);
        if (ev.Status == EventStatus.Cancelled)
        {
            return Result.Ok;
        }

        ev.Status = EventStatus.Cancelled;
        ev.CancelledAt = now;
        var attendees = await db.EventSignups.Where(s => s.EventId == eventId && s.Status != SignupStatus.Cancelled)
            .Select(s => s.MemberId).ToListAsync(cancellationToken);
        await NotificationWriter.AddAsync(db, attendees, NotificationKind.EventCancelled, editorId, ev.Title, ev.Url, now, eventId: eventId, cancellationToken: cancellationToken);
        Audit(db, editorId, AuditActions.EventCancelled, eventId, null, now);
        await db.SaveChangesAsync(cancellationToken);
        var seats = await EventSeats.SnapshotAsync(db, eventId, cancellationToken);
        await change.CommitAsync(cancellationToken);
        await activity.SeatsChangedAsync(editorId, seats, signupsAdded: 0, now);
        await activity.NotifiedAsync(attendees.Where(a => a != editorId), now);
        return Result.Ok;
    }

    /// <summary>Sends a short message to every confirmed attendee, as a notification each.</summary>
    public async Task<Result<int>> MessageAttendeesAsync(string editorId, int eventId, string message, CancellationToken cancellationToken = default)
    {
        var text = (message ?? "").Trim();
        if (text.Length is 0 or > MessageMaxLength)
        {
            return new Problem(EventProblems.MessageLength, "Message", MessageMaxLength);
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (!await db.IsStaffAsync(editorId, cancellationToken))
        {
            return new Problem(EventProblems.Forbidden);
        }

        var ev = await db.Events.AsNoTracking().SingleOrDefaultAsync(e => e.Id == eventId, cancellationToken);
        if (ev is null)
        {
            return new Problem(EventProblems.NotFound);
        }

        var attendees = await db.EventSignups.Where(s => s.EventId == eventId && s.Status == SignupStatus.Confirmed)
            .Select(s => s.MemberId).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        await NotificationWriter.AddAsync(db, attendees, NotificationKind.OperatorMessage, editorId, text, ev.Url, now, excerpt: text, eventId: eventId, cancellationToken: cancellationToken);
        var recipients = attendees.Where(a => a != editorId).ToList();
        Audit(db, editorId, AuditActions.EventMessaged, eventId, recipients.Count.ToString(CultureInfo.InvariantCulture), now);
        await db.SaveChangesAsync(cancellationToken);
        await activity.NotifiedAsync(recipients, now);
        return Result.Success(recipients.Count);
    }

    /// <summary>
    /// Opens an event for a staff change: the role checked in the database again, then <paramref name="invalid"/> (a
    /// draft's problems, after the role so a non-editor learns nothing), then a transaction holding the
    /// <see cref="EventLock"/> (unless <paramref name="seatLock"/> is false: a change that moves no seat) and the tracked
    /// event (with its questions and eligible models when <paramref name="withDetails"/>). The caller commits; disposing
    /// rolls back the rest.
    /// </summary>
    private async Task<EventStaffChange> OpenForChangeAsync(
        string editorId, int eventId, Result? invalid, bool withDetails, CancellationToken cancellationToken, bool seatLock = true)
    {
        var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (!await db.IsStaffAsync(editorId, cancellationToken))
        {
            return new EventStaffChange(db, null, null, Result.Fail(EventProblems.Forbidden));
        }

        if (invalid is not null)
        {
            return new EventStaffChange(db, null, null, invalid);
        }

        var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (seatLock && await EventLock.AcquireAsync(db, eventId, cancellationToken) is null)
        {
            return new EventStaffChange(db, transaction, null, Result.Fail(EventProblems.NotFound));
        }

        IQueryable<OwnerEvent> events = withDetails ? db.Events.Include(e => e.Questions).Include(e => e.EligibleModels) : db.Events;
        return await events.SingleOrDefaultAsync(e => e.Id == eventId, cancellationToken) is { } ev
            ? new EventStaffChange(db, transaction, ev, null)
            : new EventStaffChange(db, transaction, null, Result.Fail(EventProblems.NotFound));
    }

    private static void Audit(PortalDbContext db, string actorId, string action, int eventId, string? detail, DateTimeOffset now) =>
        db.AuditEntries.Add(new AuditEntry
        {
            ActorId = actorId,
            Action = action,
            TargetType = "event",
            TargetId = eventId.ToString(CultureInfo.InvariantCulture),
            Detail = detail,
            At = now,
        });
}
