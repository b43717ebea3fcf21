using Microsoft.EntityFrameworkCore;
using Portal.Domain.Data;
using Portal.Domain.Forums;

namespace Portal.Domain.Articles;

/// <summary>
/// Full-text search of published articles in the <c>ArticleSearch</c> FTS5 table, with the forums' query builder and
/// tokenisation (<see cref="ForumSearchText"/>), best matches first. The site search shows these beside the posts.
/// </summary>
public sealed class ArticleSearch(IDbContextFactory<PortalDbContext> contextFactory)
{
    public const int MaxHits = 5;

    public async Task<IReadOnlyList<ArticleSearchHit>> SearchAsync(string? query, int limit = MaxHits, CancellationToken cancellationToken = default)
    {
        var match = ForumSearchText.ToMatchExpression(query);
        if (match is null)
        {
            return [];
        }

        return await FindAsync(match, 0, Math.Clamp(limit, 1, 50), cancellationToken);
    }

    /// <summary>Published articles matching an FTS5 expression (<see cref="ForumSearchText"/>), best first; for the site search too.</summary>
    internal async Task<IReadOnlyList<ArticleSearchHit>> FindAsync(string match, long offset, int take, CancellationToken cancellationToken)
    {
        var published = ArticleStatus.Published.ToString();
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var rows = await db.Database.SqlQuery<SearchRow>($"""
            SELECT a."Id", a."Title", a."Slug", a."Category", a."PublishedAt",
                   snippet(ArticleSearch, 1, char(2), char(3), '…', 24) AS Snippet
            FROM ArticleSearch
            JOIN "Articles" a ON a."Id" = ArticleSearch.rowid
            WHERE ArticleSearch MATCH {match} AND a."Status" = {published}
            ORDER BY ArticleSearch.rank
            LIMIT {take} OFFSET {offset}
            """).ToListAsync(cancellationToken);
        return rows.Select(r => new ArticleSearchHit(
            r.Id, r.Title, ArticleUrls.Page(r.Slug), Enum.Parse<ArticleCategory>(r.Category), new DateTimeOffset(r.PublishedAt ?? 0, TimeSpan.Zero), ForumSearch.Highlight(r.Snippet))).ToList();
    }

    /// <summary>How many published articles match, counting no further than <paramref name="cap"/>.</summary>
    internal async Task<int> CountAsync(string match, int cap, CancellationToken cancellationToken)
    {
        var published = ArticleStatus.Published.ToString();
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.Database.SqlQuery<int>($"""
            SELECT count(*) AS "Value" FROM (
                SELECT 1 FROM ArticleSearch
                JOIN "Articles" a ON a."Id" = ArticleSearch.rowid
                WHERE ArticleSearch MATCH {match} AND a."Status" = {published}
                LIMIT {cap})
            """).SingleAsync(cancellationToken);
    }

    private sealed record SearchRow(int Id, string Title, string Slug, string Category, long? PublishedAt, string Snippet);
}
