using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Portal.Domain.Articles;
using Portal.Domain.Data;
using Portal.Domain.Events;
using Portal.Domain.Forums;

namespace Portal.Domain.MemberMail;

/// <summary>
/// What a digest tells, picked for one pass of <see cref="Digests"/> and shared by members with the same cars, city and
/// period start: the best new threads in their clubs, upcoming events in their city, new articles for their cars.
/// </summary>
internal sealed class DigestSelections
{
    private readonly Dictionary<string, List<DigestItem>> threads = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<DigestEvent>> events = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<DigestItem>> articles = new(StringComparer.Ordinal);

    public Task<List<DigestItem>> ThreadsAsync(PortalDbContext db, List<int> modelIds, DateTimeOffset since, CancellationToken cancellationToken) =>
        modelIds.Count == 0 ? Task.FromResult<List<DigestItem>>([]) : OnceAsync(threads, Key(modelIds, since), async () =>
        {
            var rows = await db.Threads.AsNoTracking()
                .Where(t => !t.IsHidden && t.CreatedAt >= since && t.Board!.ModelId != null && modelIds.Contains(t.Board.ModelId.Value))
                .OrderByDescending(t => t.ReplyCount + t.ReactionCount).ThenByDescending(t => t.Id)
                .Select(t => new { t.Id, t.Slug, t.Title })
                .Take(Digests.ThreadCount).ToListAsync(cancellationToken);
            return rows.Select(t => new DigestItem(t.Title, ForumUrls.Thread(t.Id, t.Slug))).ToList();
        });

    public Task<List<DigestEvent>> EventsAsync(PortalDbContext db, string? city, DateTimeOffset now, CancellationToken cancellationToken) =>
        string.IsNullOrWhiteSpace(city) ? Task.FromResult<List<DigestEvent>>([]) : OnceAsync(events, city, async () =>
        {
            var horizon = now + Digests.EventHorizon;
            var rows = await db.Events.AsNoTracking()
                .Where(e => e.Status == EventStatus.Published && e.City == city && e.StartsAt > now && e.StartsAt <= horizon)
                .OrderBy(e => e.StartsAt).ThenBy(e => e.Id)
                .Select(e => new { e.Id, e.Slug, e.Title, e.StartsAt, e.TimeZoneId })
                .Take(Digests.EventCount).ToListAsync(cancellationToken);
            return rows.Select(e => new DigestEvent(e.Title, EventUrls.Page(e.Id, e.Slug), e.StartsAt, e.TimeZoneId)).ToList();
        });

    public Task<List<DigestItem>> ArticlesAsync(PortalDbContext db, List<int> modelIds, DateTimeOffset since, CancellationToken cancellationToken) =>
        modelIds.Count == 0 ? Task.FromResult<List<DigestItem>>([]) : OnceAsync(articles, Key(modelIds, since), async () =>
        {
            var rows = await db.Articles.AsNoTracking()
                .Where(a => a.Status == ArticleStatus.Published && a.PublishedAt >= since && a.Models.Any(m => modelIds.Contains(m.ModelId)))
                .OrderByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id)
                .Select(a => new { a.Slug, a.Title })
                .Take(Digests.ArticleCount).ToListAsync(cancellationToken);
            return rows.Select(a => new DigestItem(a.Title, ArticleUrls.Page(a.Slug))).ToList();
        });

    /// <summary>The selection kept under <paramref name="key"/>, picked the first time it is asked for.</summary>
    private static async Task<List<T>> OnceAsync<T>(Dictionary<string, List<T>> kept, string key, Func<Task<List<T>>> pick)
    {
        if (!kept.TryGetValue(key, out var found))
        {
            found = await pick();
            kept[key] = found;
        }

        return found;
    }

    private static string Key(List<int> modelIds, DateTimeOffset since) =>
        $"{string.Join(',', modelIds)}@{since.UtcTicks.ToString(CultureInfo.InvariantCulture)}";
}
