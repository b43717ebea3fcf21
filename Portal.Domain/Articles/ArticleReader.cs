using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Portal.Domain.Accounts;
using Portal.Domain.Data;
using Portal.Domain.Engagement;
using Portal.Domain.Forums;
using Portal.Domain.Garage;

namespace Portal.Domain.Articles;

/// <summary>
/// Reading articles: the list with its featured article and filters, one article (with its contents, related articles
/// and discussion), the latest ones for the home page and the feeds, and where an old slug points now. Only Published
/// articles are shown, except that staff may open (not list) the others to preview them.
/// </summary>
public sealed class ArticleReader(IDbContextFactory<PortalDbContext> contextFactory, IEngagementRecorder engagement, TimeProvider clock)
{
    public const int PageSize = 12;
    public const int RelatedCount = 3;
    public const int FilterTagCount = 16;

    public async Task<ArticleListPage> ListAsync(ArticleListQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var articles = Filter(db, query);
        var featuredId = await articles.OrderByDescending(a => a.IsFeatured).ThenByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id)
            .Select(a => (int?)a.Id).FirstOrDefaultAsync(cancellationToken);
        if (featuredId is not { } featured)
        {
            return new ArticleListPage(null, [], 1, 1, 0);
        }

        var rest = articles.Where(a => a.Id != featured);
        var total = await rest.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        var page = Math.Clamp(query.Page, 1, pageCount);
        var ids = await rest.OrderByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id)
            .Skip((page - 1) * PageSize).Take(PageSize).Select(a => a.Id).ToListAsync(cancellationToken);
        var cards = await CardsAsync(db, [featured, .. ids], cancellationToken);
        return new ArticleListPage(page == 1 ? cards[0] : null, [.. cards.Skip(1)], page, pageCount, total + 1);
    }

    /// <summary>The tags of published articles, most used first, for the list's filter.</summary>
    public async Task<IReadOnlyList<string>> TagsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.ArticleTags.AsNoTracking()
            .Where(t => db.Articles.Any(a => a.Id == t.ArticleId && a.Status == ArticleStatus.Published))
            .GroupBy(t => t.Tag)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key)
            .Select(g => g.Key)
            .Take(FilterTagCount)
            .ToListAsync(cancellationToken);
    }

    /// <summary>The newest published articles (in a category), newest first: the home page and the feeds.</summary>
    public async Task<IReadOnlyList<ArticleCard>> LatestAsync(int count, ArticleCategory? category = null, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var ids = await Filter(db, new ArticleListQuery(category)).OrderByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id)
            .Take(count).Select(a => a.Id).ToListAsync(cancellationToken);
        return await CardsAsync(db, ids, cancellationToken);
    }

    /// <summary>
    /// The article at <paramref name="slug"/>: Published only, unless <paramref name="includeUnpublished"/> (staff
    /// previewing a draft, scheduled or archived one). Null when there is none to show.
    /// </summary>
    public async Task<ArticleDetail?> GetAsync(string slug, bool includeUnpublished, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var article = await db.Articles.AsNoTracking().AsSplitQuery().Include(a => a.Tags).Include(a => a.Models)
            .SingleOrDefaultAsync(a => a.Slug == slug && (includeUnpublished || a.Status == ArticleStatus.Published), cancellationToken);
        if (article is null)
        {
            return null;
        }

        var authors = await MemberSummaries.LoadAsync(db, [article.AuthorId], cancellationToken);
        var modelIds = article.Models.OrderBy(m => m.Position).Select(m => m.ModelId).ToList();
        return new ArticleDetail(
            ToCard(article),
            article.Status,
            article.BodyHtml,
            authors[article.AuthorId].Member,
            article.SeoTitle,
            article.SeoDescription,
            [.. modelIds.Select(id => ModelCatalog.Models.Single(m => m.Id == id).Name)],
            ArticleHtml.Headings(article.BodyHtml),
            await RelatedAsync(db, article, cancellationToken),
            article.ThreadId is { } threadId ? await ThreadDiscussions.LoadAsync(db, threadId, cancellationToken) : null);
    }

    /// <summary>
    /// The current slug of the article that once had <paramref name="oldSlug"/> (for a 301), or null when no article had
    /// it or that article is not one the reader may see.
    /// </summary>
    public async Task<string?> CurrentSlugAsync(string oldSlug, bool includeUnpublished, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.ArticleSlugRedirects.AsNoTracking().Where(r => r.Slug == oldSlug)
            .Join(db.Articles, r => r.ArticleId, a => a.Id, (r, a) => a)
            .Where(a => includeUnpublished || a.Status == ArticleStatus.Published)
            .Select(a => a.Slug)
            .FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>Counts a view of the article page (anonymous readers count too, without an id).</summary>
    public void RecordViewed(string? memberId, int articleId) => Record(EngagementKinds.ArticleViewed, memberId, articleId);

    /// <summary>The reader reached the end of the article (once per view).</summary>
    public void RecordReadThrough(string? memberId, int articleId) => Record(EngagementKinds.ArticleReadThrough, memberId, articleId);

    /// <summary>The reader copied the article's share link.</summary>
    public void RecordShared(string? memberId, int articleId) => Record(EngagementKinds.ArticleShared, memberId, articleId);

    private void Record(string kind, string? memberId, int articleId) =>
        engagement.Record(new EngagementSignal(kind, memberId, "article", articleId.ToString(CultureInfo.InvariantCulture), clock.GetUtcNow()));

    private static IQueryable<Article> Filter(PortalDbContext db, ArticleListQuery query)
    {
        var articles = db.Articles.AsNoTracking().Where(a => a.Status == ArticleStatus.Published);
        if (query.Category is { } category)
        {
            articles = articles.Where(a => a.Category == category);
        }

        if (ForumTags.Normalize([query.Tag ?? ""]) is [var tag])
        {
            articles = articles.Where(a => a.Tags.Any(t => t.Tag == tag));
        }

        if (query.ForMemberCars is { } member)
        {
            articles = articles.Where(a => a.Models.Any(m => db.Vehicles.Any(v => v.OwnerId == member && v.ModelId == m.ModelId)));
        }

        return articles;
    }

    /// <summary>Published articles sharing a tag or a model with <paramref name="article"/>, most in common first, then newest.</summary>
    private static async Task<IReadOnlyList<ArticleCard>> RelatedAsync(PortalDbContext db, Article article, CancellationToken cancellationToken)
    {
        var tags = article.Tags.Select(t => t.Tag).ToList();
        var models = article.Models.Select(m => m.ModelId).ToList();
        if (tags.Count == 0 && models.Count == 0)
        {
            return [];
        }

        var ids = await db.Articles.AsNoTracking()
            .Where(a => a.Status == ArticleStatus.Published && a.Id != article.Id
                && (a.Tags.Any(t => tags.Contains(t.Tag)) || a.Models.Any(m => models.Contains(m.ModelId))))
            .OrderByDescending(a => a.Tags.Count(t => tags.Contains(t.Tag)) + a.Models.Count(m => models.Contains(m.ModelId)))
            .ThenByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id)
            .Take(RelatedCount)
            .Select(a => a.Id)
            .ToListAsync(cancellationToken);
        return await CardsAsync(db, ids, cancellationToken);
    }

    /// <summary>Cards for <paramref name="ids"/> in that order, tags included, in two queries.</summary>
    private static async Task<List<ArticleCard>> CardsAsync(PortalDbContext db, List<int> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        var articles = await db.Articles.AsNoTracking().Where(a => ids.Contains(a.Id)).ToDictionaryAsync(a => a.Id, cancellationToken);
        var tags = await db.ArticleTags.AsNoTracking().Where(t => ids.Contains(t.ArticleId)).ToListAsync(cancellationToken);
        foreach (var tag in tags)
        {
            articles[tag.ArticleId].Tags.Add(tag);
        }

        return [.. ids.Select(id => ToCard(articles[id]))];
    }

    private static ArticleCard ToCard(Article a) => new(
        a.Id, a.Title, a.Slug, a.Summary, a.Category, [.. a.Tags.Select(t => t.Tag).Order(StringComparer.Ordinal)], a.CoverFile,
        a.ReadingMinutes, a.PublishedAt ?? a.UpdatedAt, a.UpdatedAt, a.IsFeatured);
}
