using System.Net;
using Microsoft.EntityFrameworkCore;
using Portal.Domain.Data;
using Portal.Domain.Engagement;

namespace Portal.Domain.Forums;

/// <summary>
/// Full-text search of visible posts with SQLite FTS5 (see <see cref="ForumSearchText"/> for Chinese), best
/// matches first, with highlighted snippets and optional board and author filters. The PostgreSQL provider
/// will bring its own implementation of the same method.
/// </summary>
public sealed class ForumSearch(IDbContextFactory<PortalDbContext> contextFactory, IEngagementRecorder engagement, TimeProvider clock)
{
    public const int PageSize = 20;

    public async Task<SearchResults> SearchAsync(string? query, int? boardId, string? authorId, int page, string? viewerId, CancellationToken cancellationToken = default)
    {
        var match = ForumSearchText.ToMatchExpression(query);
        if (match is null)
        {
            return new SearchResults([], 1, false);
        }

        page = Math.Max(1, page);
        var hits = await FindAsync(match, boardId, authorId, (long)(page - 1) * PageSize, PageSize + 1, cancellationToken);
        if (hits.Count == 0 && page > 1)
        {
            // Past the end (an old link, a hand-edited page=999999999): the last page instead, found with one count.
            var total = await CountAsync(match, boardId, authorId, int.MaxValue, cancellationToken);
            page = Math.Max(1, (total + PageSize - 1) / PageSize);
            hits = await FindAsync(match, boardId, authorId, (long)(page - 1) * PageSize, PageSize + 1, cancellationToken);
        }

        engagement.Record(new EngagementSignal(EngagementKinds.SearchPerformed, viewerId, "search", "forums", clock.GetUtcNow()));
        return new SearchResults(hits.Take(PageSize).ToList(), page, hits.Count > PageSize);
    }

    /// <summary>Visible posts matching an FTS5 expression (<see cref="ForumSearchText"/>), best first; for the site search too.</summary>
    internal async Task<IReadOnlyList<SearchHit>> FindAsync(string match, int? boardId, string? authorId, long offset, int take, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var rows = await db.Database.SqlQuery<SearchRow>($"""
            SELECT p."Id" AS PostId, p."ThreadId", p."Number", p."AuthorId", p."CreatedAt", t."Title", t."Slug", b."Name" AS BoardName, b."NameZh" AS BoardNameZh,
                   snippet(PostSearch, 1, char(2), char(3), '…', 24) AS Snippet
            FROM PostSearch
            JOIN "Posts" p ON p."Id" = PostSearch.rowid
            JOIN "Threads" t ON t."Id" = p."ThreadId"
            JOIN "Boards" b ON b."Id" = t."BoardId"
            WHERE PostSearch MATCH {match}
              AND p."IsDeleted" = 0 AND p."IsHidden" = 0 AND t."IsHidden" = 0
              AND ({boardId} IS NULL OR t."BoardId" = {boardId})
              AND ({authorId} IS NULL OR p."AuthorId" = {authorId})
            ORDER BY PostSearch.rank
            LIMIT {take} OFFSET {offset}
            """).ToListAsync(cancellationToken);
        var authors = await ForumAuthors.LoadAsync(db, rows.Select(r => r.AuthorId).ToList(), cancellationToken);
        return rows.Select(r => new SearchHit(
            new PostLocation(r.ThreadId, r.Slug, r.PostId, r.Number), r.Title, r.BoardName, r.BoardNameZh, authors[r.AuthorId].Member,
            new DateTimeOffset(r.CreatedAt, TimeSpan.Zero), Highlight(r.Snippet))).ToList();
    }

    /// <summary>How many visible posts match (in one board, by one author when given), counting no further than <paramref name="cap"/> (a common word must not scan the whole index).</summary>
    internal async Task<int> CountAsync(string match, int? boardId, string? authorId, int cap, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.Database.SqlQuery<int>($"""
            SELECT count(*) AS "Value" FROM (
                SELECT 1 FROM PostSearch
                JOIN "Posts" p ON p."Id" = PostSearch.rowid
                JOIN "Threads" t ON t."Id" = p."ThreadId"
                WHERE PostSearch MATCH {match} AND p."IsDeleted" = 0 AND p."IsHidden" = 0 AND t."IsHidden" = 0
                  AND ({boardId} IS NULL OR t."BoardId" = {boardId})
                  AND ({authorId} IS NULL OR p."AuthorId" = {authorId})
                LIMIT {cap})
            """).SingleAsync(cancellationToken);
    }

    internal static string Highlight(string snippet) =>
        WebUtility.HtmlEncode(ForumSearchText.Unsegment(snippet))
            .Replace(ForumSearchText.MarkStart.ToString(), "<mark>", StringComparison.Ordinal)
            .Replace(ForumSearchText.MarkEnd.ToString(), "</mark>", StringComparison.Ordinal);

    private sealed record SearchRow(long PostId, long ThreadId, int Number, string AuthorId, long CreatedAt, string Title, string Slug, string BoardName, string BoardNameZh, string Snippet);
}
