using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Portal.Domain.Data;
using Portal.Domain.Engagement;
using Portal.Domain.Notifications;

namespace Portal.Domain.Events;

/// <summary>
/// A member's own sign-ups: sign up, cancel or leave the waitlist, change guests. Every seat change runs inside the
/// event's lock (<see cref="EventLock"/>), so confirmed seats never exceed capacity and the waitlist keeps arrival order.
/// </summary>
public sealed class EventSignupService(
    IDbContextFactory<PortalDbContext> contextFactory,
    IEngagementRecorder engagement,
    EventActivity activity,
    TimeProvider clock)
{
    /// <summary>
    /// Signs the member up: confirmed while seats are left and nobody waits, else waitlisted (or refused as full when
    /// the event keeps no waitlist). Signing up again while signed up returns the existing place (a double click or
    /// a retried request never makes two sign-ups). A refusal writes nothing.
    /// </summary>
    public async Task<Result<SignupOutcome>> SignUpAsync(string memberId, int eventId, SignupRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var now = clock.GetUtcNow();
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var ev = await db.Events.AsNoTracking().Include(e => e.Questions).Include(e => e.EligibleModels)
            .SingleOrDefaultAsync(e => e.Id == eventId, cancellationToken);
        if (ev is null)
        {
            return new Problem(EventProblems.NotFound);
        }

        if (await ActiveOutcomeAsync(db, eventId, memberId, cancellationToken) is { } existing)
        {
            return Result.Success(existing);
        }

        var problems = await SignupRules.CheckAsync(db, ev, memberId, request, now, cancellationToken);
        if (problems.Count > 0)
        {
            return Result.Fail([.. problems]).As<SignupOutcome>();
        }

        SignupOutcome outcome;
        SeatsSnapshot? seats;
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var sequence = await EventLock.AcquireAsync(db, eventId, cancellationToken);
            var locked = await db.Events.AsNoTracking().SingleAsync(e => e.Id == eventId, cancellationToken);
            if (SignupRules.CheckStatusAndWindow(locked, now) is { } late)
            {
                return late; // cancelled or closed while this request waited for the lock; disposing rolls back
            }

            if (await ActiveOutcomeAsync(db, eventId, memberId, cancellationToken) is { } raced)
            {
                return Result.Success(raced);
            }

            var party = 1 + request.Guests;
            var fits = await EventSeats.TakenAsync(db, eventId, cancellationToken) + party <= locked.Capacity
                && !await EventSeats.AnyWaitingAsync(db, eventId, cancellationToken);
            if (!fits && !locked.WaitlistEnabled)
            {
                return new Problem(EventProblems.Full);
            }

            var signup = await db.EventSignups.Include(s => s.Answers)
                .SingleOrDefaultAsync(s => s.EventId == eventId && s.MemberId == memberId, cancellationToken);
            if (signup is null)
            {
                signup = new EventSignup { EventId = eventId, MemberId = memberId, Code = await UniqueCodeAsync(db, eventId, cancellationToken) };
                db.EventSignups.Add(signup);
            }

            signup.Guests = request.Guests;
            signup.HideName = request.HideName;
            signup.Status = fits ? SignupStatus.Confirmed : SignupStatus.Waitlisted;
            signup.Sequence = sequence!.Value;
            signup.SignedUpAt = now;
            signup.ConfirmedAt = fits ? now : null;
            signup.CancelledAt = null;
            signup.CheckedInAt = null;
            signup.ReminderSentAt = null;
            SetAnswers(signup, ev.Questions, request.Answers);
            if (fits)
            {
                await NotificationWriter.AddAsync(db, [memberId], NotificationKind.EventSignedUp, null, ev.Title, ev.Url, now, eventId: eventId, cancellationToken: cancellationToken);
            }

            await db.SaveChangesAsync(cancellationToken);
            var position = fits ? (int?)null : await EventSeats.PositionAsync(db, eventId, signup.Sequence, cancellationToken);
            seats = await EventSeats.SnapshotAsync(db, eventId, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            outcome = new SignupOutcome(signup.Id, signup.Status, signup.Guests, signup.Code, position, null);
        }
        catch (DbUpdateException)
        {
            // The unique (event, member) index refused a second row: another request of this member won. Its place is
            // the answer. A fresh context, since PostgreSQL refuses further commands in a failed transaction.
            await using var check = await contextFactory.CreateDbContextAsync(cancellationToken);
            if (await ActiveOutcomeAsync(check, eventId, memberId, cancellationToken) is { } winner)
            {
                return Result.Success(winner);
            }

            throw;
        }

        Record(outcome.Status == SignupStatus.Confirmed ? EngagementKinds.EventSignedUp : EngagementKinds.EventWaitlisted, memberId, eventId, now);
        await activity.SeatsChangedAsync(memberId, seats!, signupsAdded: 1, now);
        return Result.Success(outcome);
    }

    /// <summary>
    /// The member cancels (or leaves the waitlist). Freed seats go to the waitlist in order; each promoted member is
    /// notified. Once checked in, the place stays (staff can undo the check-in first).
    /// </summary>
    public async Task<Result> CancelAsync(string memberId, int eventId, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await EventLock.AcquireAsync(db, eventId, cancellationToken) is null)
        {
            return Result.Fail(EventProblems.NotFound);
        }

        var signup = await db.EventSignups.SingleOrDefaultAsync(
            s => s.EventId == eventId && s.MemberId == memberId && s.Status != SignupStatus.Cancelled, cancellationToken);
        if (signup is null)
        {
            return Result.Fail(EventProblems.NotSignedUp);
        }

        if (signup.CheckedInAt is not null)
        {
            return Result.Fail(EventProblems.CheckedIn);
        }

        var ev = await db.Events.AsNoTracking().SingleAsync(e => e.Id == eventId, cancellationToken);
        var wasConfirmed = signup.Status == SignupStatus.Confirmed;
        signup.Status = SignupStatus.Cancelled;
        signup.CancelledAt = now;
        await db.SaveChangesAsync(cancellationToken);
        var promoted = wasConfirmed ? await PromoteAndNotifyAsync(db, ev, now, cancellationToken) : [];
        var seats = await EventSeats.SnapshotAsync(db, eventId, cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        Record(EngagementKinds.EventCancelled, memberId, eventId, now);
        await AfterSeatsChangedAsync(memberId, seats, promoted, now);
        return Result.Ok;
    }

    /// <summary>
    /// Changes how many guests the member brings. A confirmed member can add guests only while seats are left;
    /// fewer guests free seats for the waitlist, but not once checked in. A waitlisted member keeps their position.
    /// </summary>
    public async Task<Result<SignupOutcome>> ChangeGuestsAsync(string memberId, int eventId, int guests, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await EventLock.AcquireAsync(db, eventId, cancellationToken) is null)
        {
            return new Problem(EventProblems.NotFound);
        }

        var ev = await db.Events.AsNoTracking().SingleAsync(e => e.Id == eventId, cancellationToken);
        var signup = await db.EventSignups.SingleOrDefaultAsync(
            s => s.EventId == eventId && s.MemberId == memberId && s.Status != SignupStatus.Cancelled, cancellationToken);
        if (signup is null)
        {
            return new Problem(EventProblems.NotSignedUp);
        }

        if (signup.CheckedInAt is not null && guests < signup.Guests)
        {
            return new Problem(EventProblems.CheckedIn, "Guests");
        }

        if (SignupRules.CheckStatusAndWindow(ev, now) is { } closed)
        {
            return closed;
        }

        if (guests < 0 || guests > ev.MaxGuests)
        {
            return new Problem(EventProblems.TooManyGuests, "Guests", ev.MaxGuests);
        }

        if (signup.Status == SignupStatus.Confirmed && guests > signup.Guests
            && await EventSeats.TakenAsync(db, eventId, cancellationToken) + guests - signup.Guests > ev.Capacity)
        {
            return new Problem(EventProblems.NoRoomForGuests, "Guests");
        }

        var fewer = guests < signup.Guests && signup.Status == SignupStatus.Confirmed;
        signup.Guests = guests;
        await db.SaveChangesAsync(cancellationToken);
        var promoted = fewer ? await PromoteAndNotifyAsync(db, ev, now, cancellationToken) : [];
        var outcome = await ActiveOutcomeAsync(db, eventId, memberId, cancellationToken);
        var seats = await EventSeats.SnapshotAsync(db, eventId, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await AfterSeatsChangedAsync(memberId, seats, promoted, now);
        return Result.Success(outcome!);
    }

    /// <summary>The member's current place at the event, or null when not signed up.</summary>
    public async Task<SignupOutcome?> GetAsync(string memberId, int eventId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await ActiveOutcomeAsync(db, eventId, memberId, cancellationToken);
    }

    internal static async Task<SignupOutcome?> ActiveOutcomeAsync(PortalDbContext db, int eventId, string memberId, CancellationToken cancellationToken)
    {
        var signup = await db.EventSignups.AsNoTracking()
            .Where(s => s.EventId == eventId && s.MemberId == memberId && s.Status != SignupStatus.Cancelled)
            .Select(s => new { s.Id, s.Status, s.Guests, s.Code, s.Sequence, s.CheckedInAt })
            .SingleOrDefaultAsync(cancellationToken);
        if (signup is null)
        {
            return null;
        }

        var position = signup.Status == SignupStatus.Waitlisted ? await EventSeats.PositionAsync(db, eventId, signup.Sequence, cancellationToken) : (int?)null;
        return new SignupOutcome(signup.Id, signup.Status, signup.Guests, signup.Code, position, signup.CheckedInAt);
    }

    /// <summary>Promotes inside the caller's transaction and adds the promoted members' notifications to it.</summary>
    internal static async Task<List<EventSignup>> PromoteAndNotifyAsync(PortalDbContext db, OwnerEvent ev, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var promoted = await EventSeats.PromoteAsync(db, ev, now, cancellationToken);
        await NotificationWriter.AddAsync(db, promoted.Select(s => s.MemberId), NotificationKind.EventPromoted, null, ev.Title, ev.Url, now, eventId: ev.Id, cancellationToken: cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return promoted;
    }

    /// <summary>
    /// The sign-up's answers become the request's: changed in place, added, or removed. Replacing the rows would track
    /// two answers with one key when a member signs up again.
    /// </summary>
    private static void SetAnswers(EventSignup signup, List<EventQuestion> questions, IReadOnlyDictionary<int, string>? answers)
    {
        foreach (var question in questions)
        {
            var value = answers?.GetValueOrDefault(question.Id)?.Trim();
            var existing = signup.Answers.FirstOrDefault(a => a.QuestionId == question.Id);
            if (string.IsNullOrEmpty(value))
            {
                if (existing is not null)
                {
                    signup.Answers.Remove(existing);
                }
            }
            else if (existing is null)
            {
                signup.Answers.Add(new EventAnswer { QuestionId = question.Id, Value = value });
            }
            else
            {
                existing.Value = value;
            }
        }
    }

    private static async Task<string> UniqueCodeAsync(PortalDbContext db, int eventId, CancellationToken cancellationToken)
    {
        // Inside the event's lock nobody else can take a code for this event, so checking is enough.
        while (true)
        {
            var code = SignupCodes.New();
            if (!await db.EventSignups.AnyAsync(s => s.EventId == eventId && s.Code == code, cancellationToken))
            {
                return code;
            }
        }
    }

    /// <summary>After the commit: the promotions counted, the new seats announced, the promoted members' bells told.</summary>
    private async Task AfterSeatsChangedAsync(string actorId, SeatsSnapshot seats, List<EventSignup> promoted, DateTimeOffset now)
    {
        foreach (var signup in promoted)
        {
            Record(EngagementKinds.EventPromoted, signup.MemberId, seats.EventId, now);
        }

        await activity.SeatsChangedAsync(actorId, seats, signupsAdded: 0, now);
        await activity.NotifiedAsync(promoted.Select(s => s.MemberId), now);
    }

    private void Record(string kind, string memberId, int eventId, DateTimeOffset now) =>
        engagement.Record(new EngagementSignal(kind, memberId, "event", eventId.ToString(CultureInfo.InvariantCulture), now));
}
