using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Portal.Domain.Accounts;
using Portal.Domain.Content;
using Portal.Domain.Data;
using Portal.Domain.Engagement;
using Portal.Domain.Notifications;

namespace Portal.Domain.Events;

/// <summary>
/// Editors and operators running events: create (optionally as a weekly or monthly series), edit, publish, take back to
/// draft, cancel (every attendee is notified) and message the attendees. Each method checks the role in the database
/// again; publishing, unpublishing, cancelling, edits and messages are audited (target type "event").
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

        var before = EventChanges.Snapshot(ev);
        EventDraftMapper.Apply(ev, draft, markdown, replaceQuestions: !hasSignups);
        if (EventChanges.Between(before, EventChanges.Snapshot(ev)) is { } changes)
        {
            Audit(db, editorId, AuditActions.EventEdited, eventId, changes, now);
        }

        await db.SaveChangesAsync(cancellationToken);
        var promoted = await EventSignupService.PromoteAndNotifyAsync(db, ev, now, cancellationToken);
        var seats = await EventSeats.SnapshotAsync(db, eventId, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await activity.SeatsChangedAsync(editorId, seats, signupsAdded: 0, now);
        await activity.NotifiedAsync(promoted.Select(s => s.MemberId), now);
        return Result.Ok;
    }

    /// <summary>Publishes a draft (opening its discussion); an event whose start has passed is refused. Publishing twice is fine.</summary>
    public async Task<Result> PublishAsync(string editorId, int eventId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (!await db.IsStaffAsync(editorId, cancellationToken))
        {
            return Result.Fail(EventProblems.Forbidden);
        }

        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var current = await db.Events.AsNoTracking().Where(e => e.Id == eventId).Select(e => new { e.Status, e.StartsAt }).SingleOrDefaultAsync(cancellationToken);
        if (current is null || current.Status != EventStatus.Draft)
        {
            return current?.Status == EventStatus.Published ? Result.Ok : Result.Fail(current is null ? EventProblems.NotFound : EventProblems.AlreadyCancelled);
        }

        if (current.StartsAt <= now)
        {
            return Result.Fail(EventProblems.StartInPast);
        }

        var changed = await db.Events.Where(e => e.Id == eventId && e.Status == EventStatus.Draft)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.Status, EventStatus.Published).SetProperty(e => e.PublishedAt, now), cancellationToken);
        if (changed == 1)
        {
            // The discussion opens with the first publication, in the same transaction.
            await EventDiscussions.OpenAsync(db, await db.Events.SingleAsync(e => e.Id == eventId, cancellationToken), markdown, now, cancellationToken);

            Audit(db, editorId, AuditActions.EventPublished, eventId, null, now);
            await db.SaveChangesAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
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
        await transaction.CommitAsync(cancellationToken);
        await activity.SeatsChangedAsync(editorId, seats, signupsAdded: 0, now);
        return Result.Ok;
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
        Audit(db, editorId, AuditActions.EventCancelled, eventId, null, now);
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
        var recipients = attendees.Where(a => a != editorId).ToList();
        Audit(db, editorId, AuditActions.EventMessaged, eventId, recipients.Count.ToString(CultureInfo.InvariantCulture), now);
        await db.SaveChangesAsync(cancellationToken);
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

    /// <summary>
    /// The events matching a filter (null: all) and title words (case-insensitive, anywhere in the title), newest start
    /// first, with their seat counts, for the studio list. Filtered in SQL.
    /// </summary>
    public async Task<IReadOnlyList<StudioEventRow>> ListAsync(StudioEventFilter? filter = null, string? search = null, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var events = db.Events.AsNoTracking();
        events = filter switch
        {
            StudioEventFilter.Draft => events.Where(e => e.Status == EventStatus.Draft),
            StudioEventFilter.Upcoming => events.Where(e => e.Status == EventStatus.Published && e.EndsAt > now),
            StudioEventFilter.Past => events.Where(e => e.Status == EventStatus.Published && e.EndsAt <= now),
            StudioEventFilter.Cancelled => events.Where(e => e.Status == EventStatus.Cancelled),
            _ => events,
        };
        if (!string.IsNullOrWhiteSpace(search))
        {
            var pattern = SqlLike.ContainsPattern(search);
            events = events.Where(e => EF.Functions.Like(e.Title, pattern, SqlLike.EscapeCharacter));
        }

        return await events
            .OrderByDescending(e => e.StartsAt)
            .Select(e => new StudioEventRow(
                e.Id, e.Title, e.Slug, e.City, e.StartsAt, e.TimeZoneId, e.Status, e.Capacity, e.SeriesKey != null,
                db.EventSignups.Where(s => s.EventId == e.Id && s.Status == SignupStatus.Confirmed).Sum(s => 1 + s.Guests),
                db.EventSignups.Count(s => s.EventId == e.Id && s.Status == SignupStatus.Waitlisted)))
            .ToListAsync(cancellationToken);
    }

    /// <summary>
    /// The event's numbers: views summed from the per-item daily rollups of <see cref="EngagementKinds.EventViewed"/>
    /// (never the raw events), sign-ups, waitlist and check-ins from the sign-ups.
    /// </summary>
    public async Task<StudioEventNumbers> NumbersAsync(int eventId, CancellationToken cancellationToken = default)
    {
        var target = eventId.ToString(CultureInfo.InvariantCulture);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var views = await db.EngagementRollups.AsNoTracking()
            .Where(r => r.Grain == RollupGrain.Day && r.TargetType == "event" && r.TargetId == target && r.Metric == EngagementKinds.EventViewed && r.Dimension == "")
            .SumAsync(r => r.Count, cancellationToken);
        var signups = await db.EventSignups.AsNoTracking()
            .Where(s => s.EventId == eventId && s.Status != SignupStatus.Cancelled)
            .GroupBy(s => 1)
            .Select(g => new
            {
                People = g.Count(s => s.Status == SignupStatus.Confirmed),
                Guests = g.Sum(s => s.Status == SignupStatus.Confirmed ? s.Guests : 0),
                Waitlisted = g.Count(s => s.Status == SignupStatus.Waitlisted),
                Attended = g.Count(s => s.CheckedInAt != null),
            })
            .SingleOrDefaultAsync(cancellationToken);
        return new StudioEventNumbers(views, signups?.People ?? 0, signups?.Guests ?? 0, signups?.Waitlisted ?? 0, signups?.Attended ?? 0);
    }
}
