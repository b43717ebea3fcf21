using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Portal.Domain.Data;

namespace Portal.Domain.Content;

/// <summary>
/// Re-renders stored HTML that an older renderer wrote with images the current one refuses (another host's image: a
/// tracking pixel). Posts, event descriptions and article bodies keep their rendered HTML (bios render on read); only the
/// rows whose HTML holds an <c>&lt;img&gt;</c> that is not the renderer's own kind of image are rendered again from their
/// Markdown, in batches, with nothing else touched (no edit date). Run at start-up after migrations, once per database:
/// a finished run is recorded as a <see cref="DataTaskRun"/>, so later starts skip the scan (the renderer has refused
/// other hosts' images since, so no new row can need it). SQL stays portable (a <c>LIKE '%&lt;img%'</c> pre-filter,
/// then the exact check here).
/// </summary>
public sealed partial class StoredHtmlRefresh(
    IDbContextFactory<PortalDbContext> contextFactory, MarkdownRenderer markdown, TimeProvider clock, ILogger<StoredHtmlRefresh> logger)
{
    /// <summary>This task's name in <see cref="PortalDbContext.DataTaskRuns"/>.</summary>
    public const string TaskName = "stored-html-refused-images";

    private const int BatchSize = 200;
    private const string ImagePattern = "%<img%";

    /// <summary>Re-renders every stale row unless a run has finished before; returns how many were rewritten.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken = default)
    {
        await using (var db = await contextFactory.CreateDbContextAsync(cancellationToken))
        {
            if (await db.DataTaskRuns.AnyAsync(r => r.Name == TaskName, cancellationToken))
            {
                return 0;
            }
        }

        var posts = await RefreshAsync(
            (db, after) => db.Posts.Where(p => p.Id > after && EF.Functions.Like(p.BodyHtml, ImagePattern))
                .OrderBy(p => p.Id).Select(p => new StoredHtml(p.Id, p.BodyHtml)),
            MarkdownRenderer.IsOwnMedia,
            async (db, ids) =>
            {
                foreach (var post in await db.Posts.Where(p => ids.Contains(p.Id)).ToListAsync(cancellationToken))
                {
                    post.BodyHtml = markdown.Render(post.Body).Html;
                }
            },
            cancellationToken);
        var events = await RefreshAsync(
            (db, after) => db.Events.Where(e => e.Id > after && EF.Functions.Like(e.DescriptionHtml, ImagePattern))
                .OrderBy(e => e.Id).Select(e => new StoredHtml(e.Id, e.DescriptionHtml)),
            MarkdownRenderer.IsOwnMedia,
            async (db, ids) =>
            {
                var eventIds = ids.ConvertAll(id => (int)id);
                foreach (var ev in await db.Events.Where(e => eventIds.Contains(e.Id)).ToListAsync(cancellationToken))
                {
                    ev.DescriptionHtml = markdown.Render(ev.Description).Html;
                }
            },
            cancellationToken);
        var articles = await RefreshAsync(
            (db, after) => db.Articles.Where(a => a.Id > after && EF.Functions.Like(a.BodyHtml, ImagePattern))
                .OrderBy(a => a.Id).Select(a => new StoredHtml(a.Id, a.BodyHtml)),
            ArticleMarkdown.IsArticleImage,
            async (db, ids) =>
            {
                var articleIds = ids.ConvertAll(id => (int)id);
                foreach (var article in await db.Articles.Where(a => articleIds.Contains(a.Id)).ToListAsync(cancellationToken))
                {
                    article.BodyHtml = markdown.RenderArticle(article.Body).Html;
                }
            },
            cancellationToken);

        var total = posts + events + articles;
        if (total > 0)
        {
            LogRefreshed(logger, posts, events, articles);
        }

        await using (var db = await contextFactory.CreateDbContextAsync(cancellationToken))
        {
            db.DataTaskRuns.Add(new DataTaskRun { Name = TaskName, CompletedAt = clock.GetUtcNow(), Changed = total });
            await db.SaveChangesAsync(cancellationToken);
        }

        return total;
    }

    /// <summary>Whether <paramref name="html"/> has an image whose source <paramref name="allowed"/> refuses (or none).</summary>
    public static bool HasRefusedImage(string html, Func<string?, bool> allowed)
    {
        ArgumentNullException.ThrowIfNull(allowed);
        return ImageTag().Matches(html).Any(m => !allowed(SourceOf(m.Value)));
    }

    private static string? SourceOf(string tag) => ImageSource().Match(tag) is { Success: true } source
        ? WebUtility.HtmlDecode(source.Groups["src"].Value)
        : null;

    /// <summary>
    /// Walks one table in id order, <see cref="BatchSize"/> candidates at a time, and saves the rows that need it per batch.
    /// </summary>
    private async Task<int> RefreshAsync(
        Func<PortalDbContext, long, IQueryable<StoredHtml>> candidates,
        Func<string?, bool> allowed,
        Func<PortalDbContext, List<long>, Task> rerender,
        CancellationToken cancellationToken)
    {
        var changed = 0;
        var after = 0L;
        while (true)
        {
            await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
            var batch = await candidates(db, after).Take(BatchSize).ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                return changed;
            }

            after = batch[^1].Id;
            var stale = batch.Where(row => HasRefusedImage(row.Html, allowed)).Select(row => row.Id).ToList();
            if (stale.Count > 0)
            {
                await rerender(db, stale);
                await db.SaveChangesAsync(cancellationToken);
                changed += stale.Count;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Re-rendered stored HTML with refused images: {Posts} posts, {Events} events, {Articles} articles")]
    private static partial void LogRefreshed(ILogger logger, int posts, int events, int articles);

    [GeneratedRegex(@"<img\b[^>]*>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ImageTag();

    [GeneratedRegex(@"\bsrc\s*=\s*(?:""(?<src>[^""]*)""|'(?<src>[^']*)'|(?<src>[^\s>]+))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ImageSource();

    /// <summary>One candidate row: its id and stored HTML.</summary>
    private sealed record StoredHtml(long Id, string Html);
}
