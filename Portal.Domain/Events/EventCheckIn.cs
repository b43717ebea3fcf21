using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.Domain.Accounts;
using Portal.Domain.Data;
using Portal.Domain.Engagement;

namespace Portal.Domain.Events;

/// <summary>
/// Operators at the door: find a confirmed sign-up by name or code (typed, or scanned from the QR code) and mark it
/// present, from <see cref="EventOptions.CheckInOpensBefore"/> before the start until the end; take a check-in back (audited).
/// </summary>
public sealed class EventCheckIn(
    IDbContextFactory<PortalDbContext> contextFactory,
    IEngagementRecorder engagement,
    EventActivity activity,
    IOptions<EventOptions> options,
    TimeProvider clock)
{
    public const int MaxMatches = 20;

    /// <summary>When check-in opens for an event starting at <paramref name="startsAt"/> (it closes at the event's end).</summary>
    public DateTimeOffset OpensAt(DateTimeOffset startsAt) => startsAt - options.Value.CheckInOpensBefore;

    /// <summary>
    /// Matches by code or its first three or more characters (a scanned check-in link works too: its code parameter is
    /// read), or by part of the name.
    /// An empty query lists nobody.
    /// </summary>
    public async Task<Result<IReadOnlyList<CheckInMatch>>> FindAsync(string operatorId, int eventId, string? query, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (!await db.IsInRoleAsync(operatorId, Roles.Operator, cancellationToken))
        {
            return new Problem(EventProblems.Forbidden);
        }

        var text = CodeFromLink(query) ?? (query ?? "").Trim();
        if (text.Length == 0)
        {
            return Result.Success<IReadOnlyList<CheckInMatch>>([]);
        }

        var code = SignupCodes.Normalize(text);

        // The first few characters of a code are enough to find it at a busy door.
        var codeStart = text.Length >= 3 && text.Length <= EventSignup.CodeLength ? text.ToUpperInvariant() : null;

        // LIKE, so "chen" finds "Chen Xiao" (SQLite compares ASCII without case); the user's % and _ match themselves.
        var namePattern = SqlLike.ContainsPattern(text);
        var matches = await db.EventSignups.AsNoTracking()
            .Where(s => s.EventId == eventId && s.Status == SignupStatus.Confirmed)
            .Join(db.Users, s => s.MemberId, u => u.Id, (s, u) => new { s, u.DisplayName })
            .Where(x => x.s.Code == code || (codeStart != null && x.s.Code.StartsWith(codeStart)) || EF.Functions.Like(x.DisplayName, namePattern, SqlLike.EscapeCharacter))
            .OrderBy(x => x.s.Code != code).ThenBy(x => x.DisplayName)
            .Take(MaxMatches)
            .Select(x => new CheckInMatch(x.s.Id, x.DisplayName, x.s.Guests, x.s.Code, x.s.CheckedInAt))
            .ToListAsync(cancellationToken);
        return Result.Success<IReadOnlyList<CheckInMatch>>(matches);
    }

    /// <summary>Marks a confirmed sign-up present while check-in is open; checking in twice keeps the first time.</summary>
    public async Task<Result<CheckInMatch>> CheckInAsync(string operatorId, int eventId, long signupId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (!await db.IsInRoleAsync(operatorId, Roles.Operator, cancellationToken))
        {
            return new Problem(EventProblems.Forbidden);
        }

        var now = clock.GetUtcNow();
        var signup = await db.EventSignups.SingleOrDefaultAsync(s => s.Id == signupId && s.EventId == eventId, cancellationToken);
        if (signup is null)
        {
            return new Problem(EventProblems.NotFound);
        }

        if (signup.Status != SignupStatus.Confirmed)
        {
            return new Problem(EventProblems.NotConfirmed);
        }

        var times = await db.Events.Where(e => e.Id == eventId).Select(e => new { e.StartsAt, e.EndsAt }).SingleAsync(cancellationToken);
        if (now < OpensAt(times.StartsAt))
        {
            return new Problem(EventProblems.CheckInNotOpen, null, OpensAt(times.StartsAt));
        }

        if (now >= times.EndsAt)
        {
            return new Problem(EventProblems.CheckInClosed);
        }

        if (signup.CheckedInAt is null)
        {
            signup.CheckedInAt = now;
            signup.CheckedInById = operatorId;
            await db.SaveChangesAsync(cancellationToken);
            engagement.Record(new EngagementSignal(EngagementKinds.EventCheckedIn, signup.MemberId, "event", eventId.ToString(CultureInfo.InvariantCulture), now));
            await PublishPresentAsync(db, operatorId, eventId, now, cancellationToken);
        }

        return Result.Success(await MatchAsync(db, signup, cancellationToken));
    }

    /// <summary>
    /// Takes a check-in back (a wrong person marked at the door), at any time, with an audit entry naming the member and
    /// the event. The member can then cancel or change guests again. Undoing a sign-up that is not checked in changes nothing.
    /// </summary>
    public async Task<Result<CheckInMatch>> UndoAsync(string operatorId, int eventId, long signupId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (!await db.IsInRoleAsync(operatorId, Roles.Operator, cancellationToken))
        {
            return new Problem(EventProblems.Forbidden);
        }

        var signup = await db.EventSignups.SingleOrDefaultAsync(s => s.Id == signupId && s.EventId == eventId, cancellationToken);
        if (signup is null)
        {
            return new Problem(EventProblems.NotFound);
        }

        if (signup.CheckedInAt is not null)
        {
            var now = clock.GetUtcNow();
            signup.CheckedInAt = null;
            signup.CheckedInById = null;
            db.AuditEntries.Add(new AuditEntry
            {
                ActorId = operatorId,
                Action = AuditActions.CheckInUndone,
                TargetType = "member",
                TargetId = signup.MemberId,
                Detail = eventId.ToString(CultureInfo.InvariantCulture),
                At = now,
            });
            await db.SaveChangesAsync(cancellationToken);
            await PublishPresentAsync(db, operatorId, eventId, now, cancellationToken);
        }

        return Result.Success(await MatchAsync(db, signup, cancellationToken));
    }

    public async Task<CheckInCounts> CountAsync(int eventId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var rows = await db.EventSignups.AsNoTracking()
            .Where(s => s.EventId == eventId && s.Status == SignupStatus.Confirmed)
            .GroupBy(s => s.CheckedInAt != null)
            .Select(g => new { CheckedIn = g.Key, Signups = g.Count(), People = g.Sum(s => 1 + s.Guests) })
            .ToListAsync(cancellationToken);
        var present = rows.FirstOrDefault(r => r.CheckedIn);
        return new CheckInCounts(rows.Sum(r => r.Signups), rows.Sum(r => r.People), present?.Signups ?? 0, present?.People ?? 0);
    }

    private static async Task<CheckInMatch> MatchAsync(PortalDbContext db, EventSignup signup, CancellationToken cancellationToken)
    {
        var name = await db.Users.Where(u => u.Id == signup.MemberId).Select(u => u.DisplayName).SingleAsync(cancellationToken);
        return new CheckInMatch(signup.Id, name, signup.Guests, signup.Code, signup.CheckedInAt);
    }

    /// <summary>Every door's counts follow: the people present now, to operators.</summary>
    private async Task PublishPresentAsync(PortalDbContext db, string operatorId, int eventId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var present = await db.EventSignups.Where(s => s.EventId == eventId && s.Status == SignupStatus.Confirmed && s.CheckedInAt != null).SumAsync(s => 1 + s.Guests, cancellationToken);
        await activity.CheckedInAsync(operatorId, await EventSeats.SnapshotAsync(db, eventId, cancellationToken), present, now);
    }

    /// <summary>The code in a scanned check-in link (…/checkin?code=ABC234), or null when the text is not such a link.</summary>
    public static string? CodeFromLink(string? text)
    {
        if (!Uri.TryCreate((text ?? "").Trim(), UriKind.Absolute, out var uri))
        {
            return null;
        }

        var pair = uri.Query.TrimStart('?').Split('&').Select(p => p.Split('=', 2)).FirstOrDefault(p => p.Length == 2 && p[0] == "code");
        return pair is null ? null : Uri.UnescapeDataString(pair[1]);
    }
}
