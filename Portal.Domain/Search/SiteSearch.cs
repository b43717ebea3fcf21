using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Portal.Domain.Accounts;
using Portal.Domain.Articles;
using Portal.Domain.Data;
using Portal.Domain.Engagement;
using Portal.Domain.Events;
using Portal.Domain.Forums;

namespace Portal.Domain.Search;

/// <summary>
/// The one search of everything (<c>/search</c>): posts and articles through their FTS5 indexes, events by title, city
/// and venue, and members by name (signed-in viewers only). Every word must match; when nothing at all does, the same
/// groups are filled with the best partial matches (any word) and <see cref="SiteSearchResults.Partial"/> says so. The
/// overview shows a few hits per group with each group's count; one group can be paged on its own.
/// </summary>
public sealed class SiteSearch(
    IDbContextFactory<PortalDbContext> contextFactory,
    ForumSearch posts,
    ArticleSearch articles,
    IEngagementRecorder engagement,
    TimeProvider clock)
{
    public const int PreviewSize = 5;
    public const int PageSize = 20;

    /// <summary>Counts stop here ("1,000+"), so a common word never walks a whole index.</summary>
    public const int CountCap = 1000;

    // What the words are looked for in, lower-cased by the database (SQL lower(), which ToLowerInvariant has no translation to).
#pragma warning disable CA1304, CA1311
    private static readonly Expression<Func<OwnerEvent, string>> EventText = e => (e.Title + " " + e.City + " " + (e.Venue ?? "")).ToLower();
    private static readonly Expression<Func<PortalUser, string>> MemberText = u => u.DisplayName.ToLower();
#pragma warning restore CA1304, CA1311

    /// <summary>Searches every group (<paramref name="only"/> null: a preview of each) or pages through one.</summary>
    public async Task<SiteSearchResults> SearchAsync(string? query, SearchKind? only, int page, string? viewerId, CancellationToken cancellationToken = default)
    {
        var words = SearchWords.Parse(query);
        var text = string.Join(' ', words.All);
        var membersShown = viewerId is not null;
        if (words.IsEmpty)
        {
            return SiteSearchResults.None(text, membersShown);
        }

        engagement.Record(new EngagementSignal(EngagementKinds.SearchPerformed, viewerId, "search", "site", clock.GetUtcNow()));
        var paging = new Paging(only, Math.Clamp(page, 1, CountCap / PageSize));
        var strict = await PassAsync(words, partial: false, paging, membersShown, cancellationToken);
        return strict.Total > 0 || !words.CanRelax ? strict with { Query = text } : await PassAsync(words, partial: true, paging, membersShown, cancellationToken) with { Query = text };
    }

    private async Task<SiteSearchResults> PassAsync(SearchWords words, bool partial, Paging paging, bool membersShown, CancellationToken cancellationToken)
    {
        var match = partial ? words.AnyMatch() : words.AllMatch();
        var postGroup = match is null ? new SearchGroup<SearchHit>([], 0)
            : new SearchGroup<SearchHit>(
                paging.Take(SearchKind.Posts) is var (skip, take) && take > 0 ? await posts.FindAsync(match, null, null, skip, take, cancellationToken) : [],
                await posts.CountAsync(match, null, null, CountCap, cancellationToken));
        var articleGroup = match is null ? new SearchGroup<ArticleSearchHit>([], 0)
            : new SearchGroup<ArticleSearchHit>(
                paging.Take(SearchKind.Articles) is var (articleSkip, articleTake) && articleTake > 0 ? await articles.FindAsync(match, articleSkip, articleTake, cancellationToken) : [],
                await articles.CountAsync(match, CountCap, cancellationToken));
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var eventGroup = await EventsAsync(db, words, partial, paging, cancellationToken);
        var memberGroup = membersShown ? await MembersAsync(db, words, partial, paging, cancellationToken) : new SearchGroup<MemberSearchHit>([], 0);
        return new SiteSearchResults("", partial, postGroup, eventGroup, articleGroup, memberGroup, membersShown);
    }

    private async Task<SearchGroup<EventSearchHit>> EventsAsync(PortalDbContext db, SearchWords words, bool partial, Paging paging, CancellationToken cancellationToken)
    {
        var visible = db.Events.AsNoTracking().Where(e => e.Status != EventStatus.Draft);
        var rows = await Matching(visible, EventText, words, partial)
            .Select(e => new EventRow(e.Id, e.Title, e.Slug, e.City, e.Venue, e.StartsAt, e.EndsAt, e.TimeZoneId, e.Status))
            .Take(CountCap)
            .ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();

        // Coming events first (soonest first), then past ones (latest first); partial matches by how much they match.
        var ranked = rows
            .OrderByDescending(r => partial ? words.PiecesIn($"{r.Title} {r.City} {r.Venue}") : 0)
            .ThenBy(r => r.EndsAt < now)
            .ThenBy(r => r.EndsAt < now ? -r.StartsAt.UtcTicks : r.StartsAt.UtcTicks)
            .Select(r => new EventSearchHit(r.Id, r.Title, EventUrls.Page(r.Id, r.Slug), r.City, r.StartsAt, r.TimeZoneId, r.EndsAt < now, r.Status == EventStatus.Cancelled));
        return Page(ranked, rows.Count, paging, SearchKind.Events);
    }

    private static async Task<SearchGroup<MemberSearchHit>> MembersAsync(PortalDbContext db, SearchWords words, bool partial, Paging paging, CancellationToken cancellationToken)
    {
        var rows = await Matching(db.Users.AsNoTracking(), MemberText, words, partial)
            .Select(u => new { u.Id, u.DisplayName, u.City })
            .Take(CountCap)
            .ToListAsync(cancellationToken);
        var text = string.Join(' ', words.All);

        // An exact name first, then names that match more (partial), then shorter names: "王伟" before "王伟强".
        var ranked = rows
            .OrderByDescending(r => string.Equals(r.DisplayName, text, StringComparison.OrdinalIgnoreCase))
            .ThenByDescending(r => partial ? words.PiecesIn(r.DisplayName) : 0)
            .ThenBy(r => r.DisplayName.Length)
            .ThenBy(r => r.DisplayName, StringComparer.Ordinal)
            .ToList();
        var (skip, take) = paging.Take(SearchKind.Members);
        var pageRows = ranked.Skip((int)skip).Take(take).ToList();
        var summaries = await MemberSummaries.LoadAsync(db, pageRows.Select(r => r.Id).ToList(), cancellationToken);
        var hits = pageRows.Select(r => new MemberSearchHit(summaries[r.Id].Member, r.City, summaries[r.Id].Model)).ToList();
        return new SearchGroup<MemberSearchHit>(hits, rows.Count);
    }

    /// <summary>Rows whose text contains every word (or, for the partial pass, any piece): portable SQL (lower + instr/strpos).</summary>
    private static IQueryable<T> Matching<T>(IQueryable<T> rows, Expression<Func<T, string>> text, SearchWords words, bool partial)
    {
        if (!partial)
        {
            return words.All.Aggregate(rows, (current, word) => current.Where(Contains(text, word)));
        }

        // Every piece's test shares the text's parameter, so their bodies combine directly.
        var any = words.Partial.Select(piece => Contains(text, piece).Body).Aggregate(Expression.OrElse);
        return rows.Where(Expression.Lambda<Func<T, bool>>(any, text.Parameters));
    }

    private static Expression<Func<T, bool>> Contains<T>(Expression<Func<T, string>> text, string piece) =>
        Expression.Lambda<Func<T, bool>>(
            Expression.Call(text.Body, typeof(string).GetMethod(nameof(string.Contains), [typeof(string)])!, Expression.Constant(piece)),
            text.Parameters);

    private static SearchGroup<T> Page<T>(IEnumerable<T> ranked, int total, Paging paging, SearchKind kind)
    {
        var (skip, take) = paging.Take(kind);
        return new SearchGroup<T>(ranked.Skip((int)skip).Take(take).ToList(), total);
    }

    private sealed record EventRow(int Id, string Title, string Slug, string City, string? Venue, DateTimeOffset StartsAt, DateTimeOffset EndsAt, string TimeZoneId, EventStatus Status);

    /// <summary>Which hits a group shows: a preview of each in the overview, a page of one, none of the others.</summary>
    private sealed record Paging(SearchKind? Only, int Page)
    {
        public (long Skip, int Take) Take(SearchKind kind) =>
            Only is null ? (0, PreviewSize)
            : Only == kind ? ((long)(Page - 1) * PageSize, PageSize)
            : (0, 0);
    }
}
