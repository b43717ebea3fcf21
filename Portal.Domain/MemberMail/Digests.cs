using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Portal.Domain.Accounts;
using Portal.Domain.Articles;
using Portal.Domain.Content;
using Portal.Domain.Data;
using Portal.Domain.Events;
using Portal.Domain.Forums;
using Portal.Domain.Messaging;
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

    /// <summary>One pass: queues every digest that is due; returns how many were queued (skipped periods not counted).</summary>
    public async Task<int> QueueDueAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var cache = new DigestCache();
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

    private async Task<int> QueuePageAsync(PortalDbContext db, List<DigestMember> page, DateTimeOffset now, DigestCache cache, CancellationToken cancellationToken)
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
            var (subject, body) = empty ? ("", null) : Compose(member, threads, events, articles);
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

    /// <summary>The subject and the Markdown body, in the member's language.</summary>
    private (string Subject, string Body) Compose(DigestMember member, List<DigestItem> threads, List<DigestEvent> events, List<DigestItem> articles)
    {
        var culture = MessageLanguage.Culture(member.PreferredCulture);
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = culture;
        try
        {
            var frequency = member.Frequency.ToString();
            var body = new StringBuilder().Append(texts[$"Digest.Intro.{frequency}"].Value).Append("\n\n");
            Section(body, texts["Digest.Threads"], threads.Select(t => MarkdownText.Link(t.Title, t.Url)));
            Section(body, texts["Digest.Events"], events.Select(e =>
            {
                var starts = TimeZoneInfo.ConvertTime(e.StartsAt, TimeZones.Find(e.TimeZoneId));
                return $"{MarkdownText.Link(e.Title, e.Url)} · {starts.ToString("D", culture)} {starts.ToString("t", culture)}";
            }));
            Section(body, texts["Digest.Articles"], articles.Select(a => MarkdownText.Link(a.Title, a.Url)));
            return (texts[$"Subject.Digest.{frequency}"].Value, body.ToString().TrimEnd());
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    private static void Section(StringBuilder body, string heading, IEnumerable<string> lines)
    {
        var items = lines.ToList();
        if (items.Count == 0)
        {
            return;
        }

        body.Append("### ").Append(heading).Append("\n\n");
        foreach (var item in items)
        {
            body.Append("- ").Append(item).Append('\n');
        }

        body.Append('\n');
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Another node wrote part of a digest page first; this page rolled back")]
    private static partial void LogLostRace(ILogger logger);

    private sealed record DigestMember(string Id, string? PreferredCulture, string TimeZoneId, string? City, DigestFrequency Frequency);

    private sealed record DigestItem(string Title, string Url);

    private sealed record DigestEvent(string Title, string Url, DateTimeOffset StartsAt, string TimeZoneId);

    /// <summary>One pass's selections, shared by members with the same cars, city and period start.</summary>
    private sealed class DigestCache
    {
        private readonly Dictionary<string, List<DigestItem>> threads = new(StringComparer.Ordinal);
        private readonly Dictionary<string, List<DigestEvent>> events = new(StringComparer.Ordinal);
        private readonly Dictionary<string, List<DigestItem>> articles = new(StringComparer.Ordinal);

        public async Task<List<DigestItem>> ThreadsAsync(PortalDbContext db, List<int> modelIds, DateTimeOffset since, CancellationToken cancellationToken)
        {
            if (modelIds.Count == 0)
            {
                return [];
            }

            var key = Key(modelIds, since);
            if (!threads.TryGetValue(key, out var found))
            {
                var rows = await db.Threads.AsNoTracking()
                    .Where(t => !t.IsHidden && t.CreatedAt >= since && t.Board!.ModelId != null && modelIds.Contains(t.Board.ModelId.Value))
                    .OrderByDescending(t => t.ReplyCount + t.ReactionCount).ThenByDescending(t => t.Id)
                    .Select(t => new { t.Id, t.Slug, t.Title })
                    .Take(ThreadCount).ToListAsync(cancellationToken);
                found = rows.Select(t => new DigestItem(t.Title, ForumUrls.Thread(t.Id, t.Slug))).ToList();
                threads[key] = found;
            }

            return found;
        }

        public async Task<List<DigestEvent>> EventsAsync(PortalDbContext db, string? city, DateTimeOffset now, CancellationToken cancellationToken)
        {
            if (string.IsNullOrWhiteSpace(city))
            {
                return [];
            }

            if (!events.TryGetValue(city, out var found))
            {
                var horizon = now + EventHorizon;
                var rows = await db.Events.AsNoTracking()
                    .Where(e => e.Status == EventStatus.Published && e.City == city && e.StartsAt > now && e.StartsAt <= horizon)
                    .OrderBy(e => e.StartsAt).ThenBy(e => e.Id)
                    .Select(e => new { e.Id, e.Slug, e.Title, e.StartsAt, e.TimeZoneId })
                    .Take(EventCount).ToListAsync(cancellationToken);
                found = rows.Select(e => new DigestEvent(e.Title, EventUrls.Page(e.Id, e.Slug), e.StartsAt, e.TimeZoneId)).ToList();
                events[city] = found;
            }

            return found;
        }

        public async Task<List<DigestItem>> ArticlesAsync(PortalDbContext db, List<int> modelIds, DateTimeOffset since, CancellationToken cancellationToken)
        {
            if (modelIds.Count == 0)
            {
                return [];
            }

            var key = Key(modelIds, since);
            if (!articles.TryGetValue(key, out var found))
            {
                var rows = await db.Articles.AsNoTracking()
                    .Where(a => a.Status == ArticleStatus.Published && a.PublishedAt >= since && a.Models.Any(m => modelIds.Contains(m.ModelId)))
                    .OrderByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id)
                    .Select(a => new { a.Slug, a.Title })
                    .Take(ArticleCount).ToListAsync(cancellationToken);
                found = rows.Select(a => new DigestItem(a.Title, ArticleUrls.Page(a.Slug))).ToList();
                articles[key] = found;
            }

            return found;
        }

        private static string Key(List<int> modelIds, DateTimeOffset since) =>
            $"{string.Join(',', modelIds)}@{since.UtcTicks.ToString(CultureInfo.InvariantCulture)}";
    }
}
