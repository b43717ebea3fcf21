using Microsoft.EntityFrameworkCore;
using Portal.Domain.Accounts;
using Portal.Domain.Content;
using Portal.Domain.Data;
using Portal.Domain.Notifications;

namespace Portal.Domain.Events;

/// <summary>
/// Editors and operators running events: create (optionally as a weekly or monthly series), edit, publish, cancel
/// (every attendee is notified) and message the attendees. Each method checks the role in the database again.
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

        var problems = EventDraftRules.Check(draft, creating: true);
        if (problems.Count > 0)
        {
            return Result.Fail([.. problems]).As<int>();
        }

        var now = clock.GetUtcNow();
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
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (!await db.IsStaffAsync(editorId, cancellationToken))
        {
            return Result.Fail(EventProblems.Forbidden);
        }

        var problems = EventDraftRules.Check(draft, creating: false);
        if (problems.Count > 0)
        {
            return Result.Fail([.. problems]);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await EventLock.AcquireAsync(db, eventId, cancellationToken) is null)
        {
            return Result.Fail(EventProblems.NotFound);
        }

        var ev = await db.Events.Include(e => e.Questions).Include(e => e.EligibleModels).SingleAsync(e => e.Id == eventId, cancellationToken);
        var hasSignups = await db.EventSignups.AnyAsync(s => s.EventId == eventId, cancellationToken);
        if (hasSignups && !EventDraftMapper.SameQuestions(ev.Questions, draft.Questions))
        {
            return Result.Fail(EventProblems.QuestionsLocked, nameof(EventDraft.Questions));
        }

        EventDraftMapper.Apply(ev, draft, markdown, replaceQuestions: !hasSignups);
        await db.SaveChangesAsync(cancellationToken);
        var promoted = await EventSignupService.PromoteAndNotifyAsync(db, ev, now, cancellationToken);
        var seats = await EventSeats.SnapshotAsync(db, eventId, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await activity.SeatsChangedAsync(editorId, seats, signupsAdded: 0, now);
        await activity.NotifiedAsync(promoted.Select(s => s.MemberId), now);
        return Result.Ok;
    }

    public async Task<Result> PublishAsync(string editorId, int eventId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (!await db.IsStaffAsync(editorId, cancellationToken))
        {
            return Result.Fail(EventProblems.Forbidden);
        }

        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var changed = await db.Events.Where(e => e.Id == eventId && e.Status == EventStatus.Draft)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.Status, EventStatus.Published).SetProperty(e => e.PublishedAt, now), cancellationToken);
        if (changed == 1)
        {
            // The discussion opens with the first publication, in the same transaction.
            await EventDiscussions.OpenAsync(db, await db.Events.SingleAsync(e => e.Id == eventId, cancellationToken), markdown, now, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        if (changed == 1)
        {
            await activity.SeatsChangedAsync(editorId, await EventSeats.SnapshotAsync(db, eventId, cancellationToken), signupsAdded: 0, now);
        }

        return changed == 1 || await db.Events.AnyAsync(e => e.Id == eventId && e.Status == EventStatus.Published, cancellationToken)
            ? Result.Ok
            : Result.Fail(await db.Events.AnyAsync(e => e.Id == eventId, cancellationToken) ? EventProblems.AlreadyCancelled : EventProblems.NotFound);
    }

    /// <summary>Cancels the event; everyone confirmed or waiting gets a notification in the same transaction.</summary>
    public async Task<Result> CancelAsync(string editorId, int eventId, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (!await db.IsStaffAsync(editorId, cancellationToken))
        {
            return Result.Fail(EventProblems.Forbidden);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await EventLock.AcquireAsync(db, eventId, cancellationToken) is null)
        {
            return Result.Fail(EventProblems.NotFound);
        }

        var ev = await db.Events.SingleAsync(e => e.Id == eventId, cancellationToken);
        if (ev.Status == EventStatus.Cancelled)
        {
            return Result.Ok;
        }

        ev.Status = EventStatus.Cancelled;
        ev.CancelledAt = now;
        var attendees = await db.EventSignups.Where(s => s.EventId == eventId && s.Status != SignupStatus.Cancelled)
            .Select(s => s.MemberId).ToListAsync(cancellationToken);
        await NotificationWriter.AddAsync(db, attendees, NotificationKind.EventCancelled, editorId, ev.Title, ev.Url, now, eventId: eventId, cancellationToken: cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        var seats = await EventSeats.SnapshotAsync(db, eventId, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
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
        await db.SaveChangesAsync(cancellationToken);
        var recipients = attendees.Where(a => a != editorId).ToList();
        await activity.NotifiedAsync(recipients, now);
        return Result.Success(recipients.Count);
    }

    /// <summary>The event as an editable draft, times back in the event's zone; null when there is no such event.</summary>
    public async Task<EventDraft?> GetDraftAsync(int eventId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var ev = await db.Events.AsNoTracking().Include(e => e.Questions).Include(e => e.EligibleModels).SingleOrDefaultAsync(e => e.Id == eventId, cancellationToken);
        if (ev is null)
        {
            return null;
        }

        var zone = TimeZones.Find(ev.TimeZoneId);
        DateTime Local(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, zone).DateTime;
        return new EventDraft
        {
            Title = ev.Title,
            Description = ev.Description,
            StartsLocal = Local(ev.StartsAt),
            EndsLocal = Local(ev.EndsAt),
            TimeZoneId = ev.TimeZoneId,
            City = ev.City,
            Venue = ev.Venue,
            Address = ev.Address,
            MapUrl = ev.MapUrl,
            OnlineUrl = ev.OnlineUrl,
            Capacity = ev.Capacity,
            SignupOpensLocal = ev.SignupOpensAt is { } o ? Local(o) : null,
            SignupClosesLocal = ev.SignupClosesAt is { } c ? Local(c) : null,
            WaitlistEnabled = ev.WaitlistEnabled,
            MaxGuests = ev.MaxGuests,
            Eligibility = ev.Eligibility,
            EligibleModelIds = [.. ev.EligibleModels.Select(m => m.ModelId)],
            Questions = [.. ev.Questions.OrderBy(q => q.Position).Select(q => new EventQuestionDraft { Kind = q.Kind, Prompt = q.Prompt, Choices = q.Choices, Required = q.Required })],
        };
    }

    /// <summary>Every event, newest start first, with its seat counts, for the studio list.</summary>
    public async Task<IReadOnlyList<StudioEventRow>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.Events.AsNoTracking()
            .OrderByDescending(e => e.StartsAt)
            .Select(e => new StudioEventRow(
                e.Id, e.Title, e.Slug, e.City, e.StartsAt, e.TimeZoneId, e.Status, e.Capacity, e.SeriesKey != null,
                db.EventSignups.Where(s => s.EventId == e.Id && s.Status == SignupStatus.Confirmed).Sum(s => 1 + s.Guests),
                db.EventSignups.Count(s => s.EventId == e.Id && s.Status == SignupStatus.Waitlisted)))
            .ToListAsync(cancellationToken);
    }
}
