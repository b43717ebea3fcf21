using Microsoft.EntityFrameworkCore;
using Portal.Domain.Articles;
using Portal.Domain.Data;
using Portal.Domain.Events;
using Portal.Domain.Forums;

namespace Portal.Domain.SearchEngines;

/// <summary>
/// What search engines may index: the article list and published articles, the forums, every board and every thread
/// that is not hidden (most recently active first), and upcoming published events. Never drafts, hidden threads or
/// past events. At most <see cref="MaxEntries"/> addresses, the sitemap protocol's limit for one file.
/// </summary>
public sealed class SitemapReader(IDbContextFactory<PortalDbContext> contextFactory, TimeProvider clock)
{
    public const int MaxEntries = 50_000;

    public async Task<IReadOnlyList<SitemapEntry>> EntriesAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var articles = await db.Articles.AsNoTracking().Where(a => a.Status == ArticleStatus.Published)
            .OrderByDescending(a => a.PublishedAt).Select(a => new { a.Slug, a.UpdatedAt }).ToListAsync(cancellationToken);
        var boards = await db.Boards.AsNoTracking().OrderBy(b => b.Position).Select(b => new { b.Slug, b.LastActivityAt }).ToListAsync(cancellationToken);
        var events = await db.Events.AsNoTracking().Where(e => e.Status == EventStatus.Published && e.EndsAt >= now)
            .OrderBy(e => e.StartsAt).Select(e => new { e.Id, e.Slug, e.CreatedAt }).ToListAsync(cancellationToken);

        var entries = new List<SitemapEntry> { new(ArticleUrls.Index, articles.Count > 0 ? articles.Max(a => a.UpdatedAt) : null) };
        entries.AddRange(articles.Select(a => new SitemapEntry(ArticleUrls.Page(a.Slug), a.UpdatedAt)));
        entries.Add(new SitemapEntry(ForumUrls.Index, boards.Max(b => b.LastActivityAt)));
        entries.AddRange(boards.Select(b => new SitemapEntry(ForumUrls.Board(b.Slug), b.LastActivityAt)));
        entries.Add(new SitemapEntry(EventUrls.Index, null));
        entries.AddRange(events.Select(e => new SitemapEntry(EventUrls.Page(e.Id, e.Slug), e.CreatedAt)));

        var threads = await db.Threads.AsNoTracking().Where(t => !t.IsHidden).OrderByDescending(t => t.LastActivityAt)
            .Take(Math.Max(0, MaxEntries - entries.Count)).Select(t => new { t.Id, t.Slug, t.LastActivityAt }).ToListAsync(cancellationToken);
        entries.AddRange(threads.Select(t => new SitemapEntry(ForumUrls.Thread(t.Id, t.Slug), t.LastActivityAt)));
        return entries;
    }
}
