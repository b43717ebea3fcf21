using Microsoft.EntityFrameworkCore;
using Portal.Domain.Data;

namespace Portal.Domain.Articles;

/// <summary>
/// What the Studio reads about articles: the list (every status, filtered, last edited first, paged), the counts per
/// status for the Studio's start page, and an article's revisions and their comparison. The pages that call it are for
/// editors and operators only (<c>CanPublish</c>).
/// </summary>
public sealed class ArticleStudioReader(IDbContextFactory<PortalDbContext> contextFactory)
{
    public const int PageSize = 20;

    public async Task<StudioArticlePage> ListAsync(StudioArticleQuery query, int page, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var articles = db.Articles.AsNoTracking();
        if (query.Status is { } status)
        {
            articles = articles.Where(a => a.Status == status);
        }

        if (query.Category is { } category)
        {
            articles = articles.Where(a => a.Category == category);
        }

        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            articles = articles.Where(SqlLike.Contains<Article>(a => a.Title, query.Search));
        }

        var total = await articles.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        var number = Math.Clamp(page, 1, pageCount);
        var rows = await articles
            .OrderByDescending(a => a.UpdatedAt).ThenByDescending(a => a.Id)
            .Skip((number - 1) * PageSize).Take(PageSize)
            .Select(a => new StudioArticleRow(
                a.Id, a.Title, a.Slug, a.Status, a.Category, a.AuthorId,
                db.Users.Where(u => u.Id == a.AuthorId).Select(u => u.DisplayName).FirstOrDefault() ?? "",
                a.UpdatedAt,
                a.UpdatedById,
                db.Users.Where(u => u.Id == a.UpdatedById).Select(u => u.DisplayName).FirstOrDefault() ?? "",
                a.ScheduledFor, a.PublishedAt, a.IsFeatured))
            .ToListAsync(cancellationToken);
        return new StudioArticlePage(rows, total, number, pageCount);
    }

    /// <summary>How many articles are in each status (a status with none is 0).</summary>
    public async Task<IReadOnlyDictionary<ArticleStatus, int>> CountsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var counts = await db.Articles.GroupBy(a => a.Status).Select(g => new { Status = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        return Enum.GetValues<ArticleStatus>().ToDictionary(s => s, s => counts.FirstOrDefault(c => c.Status == s)?.Count ?? 0);
    }

    /// <summary>The article's revisions, newest first.</summary>
    public async Task<IReadOnlyList<ArticleRevisionRow>> RevisionsAsync(int articleId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.ArticleRevisions.AsNoTracking()
            .Where(r => r.ArticleId == articleId)
            .OrderByDescending(r => r.Number)
            .Select(r => new ArticleRevisionRow(
                r.Number, r.Title, db.Users.Where(u => u.Id == r.EditorId).Select(u => u.DisplayName).FirstOrDefault() ?? "", r.CreatedAt, r.RestoredFrom, r.Body.Length))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Revision <paramref name="from"/> compared with revision <paramref name="to"/>; null when either does not exist.</summary>
    public async Task<ArticleDiffView?> CompareAsync(int articleId, int from, int to, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var revisions = await db.ArticleRevisions.AsNoTracking()
            .Where(r => r.ArticleId == articleId && (r.Number == from || r.Number == to))
            .ToListAsync(cancellationToken);
        var older = revisions.FirstOrDefault(r => r.Number == from);
        var newer = revisions.FirstOrDefault(r => r.Number == to);
        return older is null || newer is null ? null : ArticleDiff.Compare(older, newer);
    }
}
