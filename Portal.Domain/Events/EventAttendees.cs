using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Portal.Domain.Accounts;
using Portal.Domain.Content;
using Portal.Domain.Data;

namespace Portal.Domain.Events;

/// <summary>Who is coming: the attendee list and waitlist with answers, and their CSV export. Staff only.</summary>
public sealed class EventAttendees(IDbContextFactory<PortalDbContext> contextFactory, TimeProvider clock)
{
    /// <summary>The audit log's names of the two lists (its "report" names).</summary>
    public const string AttendeesExport = "event-attendees";

    public const string WaitlistExport = "event-waitlist";

    public async Task<Result<AttendeeList>> GetAsync(string staffId, int eventId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (!await db.IsStaffAsync(staffId, cancellationToken))
        {
            return new Problem(EventProblems.Forbidden);
        }

        var ev = await db.Events.AsNoTracking().Include(e => e.Questions).SingleOrDefaultAsync(e => e.Id == eventId, cancellationToken);
        if (ev is null)
        {
            return new Problem(EventProblems.NotFound);
        }

        var questions = ev.Questions.OrderBy(q => q.Position).ToList();
        var rows = await db.EventSignups.AsNoTracking()
            .Where(s => s.EventId == eventId && s.Status != SignupStatus.Cancelled)
            .OrderBy(s => s.Sequence)
            .Select(s => new
            {
                s.Id, s.MemberId, s.Guests, s.Status, s.Code, s.SignedUpAt, s.CheckedInAt,
                Member = db.Users.Where(u => u.Id == s.MemberId).Select(u => new { u.DisplayName, u.City }).Single(),
                Answers = s.Answers.Select(a => new { a.QuestionId, a.Value }).ToList(),
            })
            .ToListAsync(cancellationToken);
        var position = 0;
        var all = rows.Select(r => new AttendeeRow(
                r.Id, r.MemberId, r.Member.DisplayName, r.Member.City, r.Guests, r.Status,
                r.Status == SignupStatus.Waitlisted ? ++position : null,
                r.Code, r.SignedUpAt, r.CheckedInAt,
                [.. questions.Select(q => r.Answers.FirstOrDefault(a => a.QuestionId == q.Id)?.Value ?? "")]))
            .ToList();
        return Result.Success(new AttendeeList(
            ev.Id, ev.Title, ev.Slug, [.. questions.Select(q => q.Prompt)],
            [.. all.Where(r => r.Status == SignupStatus.Confirmed).OrderBy(r => r.DisplayName, StringComparer.CurrentCulture)],
            [.. all.Where(r => r.Status == SignupStatus.Waitlisted)]));
    }

    /// <summary>
    /// The confirmed list or the waitlist as CSV (RFC 4180, UTF-8 with a byte-order mark so Excel reads Chinese names).
    /// <paramref name="headers"/> are the localised fixed column heads: name, city, guests, status, position, code, signed up, checked in.
    /// Audited like every export of members' data (<see cref="AuditActions.ConsoleExported"/>, the list's name and the event).
    /// </summary>
    public async Task<Result<byte[]>> ExportCsvAsync(string staffId, int eventId, bool waitlist, IReadOnlyList<string> headers, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(headers);
        var list = await GetAsync(staffId, eventId, cancellationToken);
        if (!list.Succeeded)
        {
            return list.As<byte[]>();
        }

        var rows = waitlist ? list.Value!.Waitlist : list.Value!.Confirmed;
        var csv = new CsvWriter().Row([.. headers, .. list.Value.Questions]);
        foreach (var r in rows)
        {
            csv.Row(
            [
                r.DisplayName, r.City ?? "", r.Guests.ToString(CultureInfo.InvariantCulture), r.Status.ToString(),
                r.WaitlistPosition?.ToString(CultureInfo.InvariantCulture) ?? "", r.Code,
                r.SignedUpAt.ToString("yyyy-MM-dd HH:mm'Z'", CultureInfo.InvariantCulture),
                r.CheckedInAt?.ToString("yyyy-MM-dd HH:mm'Z'", CultureInfo.InvariantCulture) ?? "",
                .. r.Answers,
            ]);
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        db.AuditEntries.Add(new AuditEntry
        {
            ActorId = staffId,
            Action = AuditActions.ConsoleExported,
            TargetType = Engagement.Reports.ReportExports.AuditTargetType,
            TargetId = waitlist ? WaitlistExport : AttendeesExport,
            Detail = eventId.ToString(CultureInfo.InvariantCulture),
            At = clock.GetUtcNow(),
        });
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success(csv.ToBytes());
    }
}
