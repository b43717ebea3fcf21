using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Portal.Domain.Data;
using Portal.Domain.Notifications;

namespace Portal.Domain.MemberMail;

/// <summary>
/// The digest job (hourly): for every member with a confirmed address whose daily or weekly digest is due in their own
/// time zone and not yet written for this period, picks the best new threads in their clubs (the boards of their cars'
/// models), upcoming events in their city and new articles for their cars, and queues it in the outbox in their
/// language. With nothing to tell, the period is marked skipped and no email goes out. The period's key is unique, so a
/// second pass (or node) never queues it twice.
/// </summary>
public sealed partial class Digests(
    IDbContextFactory<PortalDbContext> contextFactory,
    IOptions<MemberMailOptions> options,
    IStringLocalizer<MemberMailTexts> texts,
    TimeProvider clock,
    ILogger<Digests> logger)
{
    public const int ThreadCount = 5;
    public const int EventCount = 3;
    public const int ArticleCount = 3;
    public static readonly TimeSpan EventHorizon = TimeSpan.FromDays(14);

    private const int PageSize = 500;

    private readonly DigestComposer composer = new(texts);

    /// <summary>One pass: queues every digest that is due; returns how many were queued (skipped periods not counted).</summary>
    public async Task<int> QueueDueAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var cache = new DigestSelections();
        var queued = 0;
        var after = "";
        while (true)
        {
            await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
            var page = await (from u in db.Users
                              where u.EmailConfirmed && u.Email != null && u.Id.CompareTo(after) > 0
                              join p in db.DigestPreferences on u.Id equals p.MemberId into chosen
                              from p in chosen.DefaultIfEmpty()
                              where p == null || p.Frequency != DigestFrequency.Off
                              orderby u.Id
                              select new DigestMember(u.Id, u.PreferredCulture, u.TimeZoneId, u.City, p == null ? MailDefaults.Digest : p.Frequency))
                .Take(PageSize).ToListAsync(cancellationToken);
            if (page.Count == 0)
            {
                return queued;
            }

            after = page[^1].Id;
            queued += await QueuePageAsync(db, page, now, cache, cancellationToken);
        }
    }

    private async Task<int> QueuePageAsync(PortalDbContext db, List<DigestMember> page, DateTimeOffset now, DigestSelections cache, CancellationToken cancellationToken)
    {
        var due = page.Select(m => (Member: m, Period: DigestPeriod.For(m.Id, m.TimeZoneId, m.Frequency, now, options.Value))).Where(d => d.Period.IsDue).ToList();
        var keys = due.Select(d => d.Period.Key).ToList();
        var written = await db.MemberEmails.Where(e => e.IdempotencyKey != null && keys.Contains(e.IdempotencyKey)).Select(e => e.IdempotencyKey!).ToListAsync(cancellationToken);
        due.RemoveAll(d => written.Contains(d.Period.Key));
        if (due.Count == 0)
        {
            return 0;
        }

        var ids = due.Select(d => d.Member.Id).ToList();
        var models = (await db.Vehicles.AsNoTracking().Where(v => ids.Contains(v.OwnerId)).Select(v => new { v.OwnerId, v.ModelId }).ToListAsync(cancellationToken))
            .ToLookup(v => v.OwnerId, v => v.ModelId, StringComparer.Ordinal);
        var queued = 0;
        foreach (var (member, period) in due)
        {
            var modelIds = models[member.Id].Distinct().Order().ToList();
            var threads = await cache.ThreadsAsync(db, modelIds, period.Since, cancellationToken);
            var events = await cache.EventsAsync(db, member.City, now, cancellationToken);
            var articles = await cache.ArticlesAsync(db, modelIds, period.Since, cancellationToken);
            var empty = threads.Count == 0 && events.Count == 0 && articles.Count == 0;
            var (subject, body) = empty ? ("", null) : composer.Compose(member.PreferredCulture, member.Frequency, threads, events, articles);
            db.MemberEmails.Add(new MemberEmail
            {
                MemberId = member.Id,
                Kind = NotificationKind.Digest,
                Subject = subject,
                Url = empty ? "" : "/",
                Excerpt = body,
                IdempotencyKey = period.Key,
                Status = empty ? MemberEmailStatus.Skipped : MemberEmailStatus.Queued,
                CreatedAt = now,
            });
            queued += empty ? 0 : 1;
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another node wrote some of these periods first; the next pass writes the rest.
            LogLostRace(logger);
            return 0;
        }

        return queued;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Another node wrote part of a digest page first; this page rolled back")]
    private static partial void LogLostRace(ILogger logger);

    private sealed record DigestMember(string Id, string? PreferredCulture, string TimeZoneId, string? City, DigestFrequency Frequency);
}
