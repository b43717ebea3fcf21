using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Portal.Domain.Articles;
using Portal.Domain.Content;
using Portal.Domain.Data;

namespace Portal.Domain.Engagement.Reports;

/// <summary>
/// The console's content reports for a period: top threads, boards (the sum of their threads) and articles by views,
/// replies, reactions, read-throughs and shares from the per-item day rollups, and one item's daily trend. Titles come
/// from the forum and articles; hidden threads and unpublished articles are listed for operators, marked.
/// </summary>
public sealed class ContentReports(IDbContextFactory<PortalDbContext> contextFactory, PrivacyFloor floor)
{
    public const string ThreadTarget = "thread";
    public const string BoardTarget = "board";
    public const string ArticleTarget = "article";
    public const string Threads = "content-threads";
    public const string Boards = "content-boards";
    public const string Articles = "content-articles";
    public const string Thread = "content-thread";
    public const string Board = "content-board";
    public const string Article = "content-article";

    /// <summary>The items a list keeps per metric: a list is the union of the top ones by each metric, so any sort is right.</summary>
    public const int TopPerMetric = 50;

    private static readonly string[] ThreadMetrics = [EngagementKinds.ThreadViewed, EngagementKinds.PostCreated, EngagementKinds.ReactionAdded];
    private static readonly string[] ArticleMetrics = [EngagementKinds.ArticleViewed, EngagementKinds.ArticleReadThrough, EngagementKinds.ArticleShared];
    private static readonly ReportColumn[] ThreadValues = [new("views", ReportColumnKind.Count), new("replies", ReportColumnKind.Count), new("reactions", ReportColumnKind.Count)];
    private static readonly ReportColumn[] ArticleValues =
        [new("views", ReportColumnKind.Count), new("read-throughs", ReportColumnKind.Count), new("read-through-rate", ReportColumnKind.Percent), new("shares", ReportColumnKind.Count)];

    public async Task<ReportTable> TopThreadsAsync(ReportPeriod period, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(period);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var totals = await RollupQueries.ItemTotalsAsync(db, ThreadTarget, ThreadMetrics, period.From, period.To, cancellationToken);
        var ids = Top(totals, ThreadMetrics).Select(id => long.TryParse(id, CultureInfo.InvariantCulture, out var n) ? n : 0).ToList();
        var threads = await db.Threads.AsNoTracking().Where(t => ids.Contains(t.Id))
            .Select(t => new { t.Id, t.Title, t.IsHidden, t.Board!.Name, t.Board.NameZh })
            .ToListAsync(cancellationToken);
        var rows = threads.Select(t => new ReportRow(
                [ReportCell.Label(t.Title), ReportCell.Label(Bilingual.Pick(t.Name, t.NameZh)), .. ThreadMetrics.Select(m => ReportCell.Of(totals.GetValueOrDefault((Id(t.Id), m))))],
                Id(t.Id), t.IsHidden ? ReportNotes.Hidden : null))
            .OrderByDescending(r => r.Cells[2].Number).ThenBy(r => r.Cells[0].Text, StringComparer.CurrentCulture);
        return new ReportTable(Threads, [new("thread", ReportColumnKind.Label), new("board", ReportColumnKind.Label), .. ThreadValues], [.. rows], floor.MinGroupSize);
    }

    public async Task<ReportTable> TopBoardsAsync(ReportPeriod period, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(period);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var totals = await RollupQueries.BoardTotalsAsync(db, null, ThreadMetrics, period.From, period.To, byDay: false, cancellationToken);
        var boardIds = totals.Keys.Select(k => k.Board).Distinct().ToList();
        var boards = await db.Boards.AsNoTracking().Where(b => boardIds.Contains(b.Id)).Select(b => new { b.Id, b.Name, b.NameZh }).ToListAsync(cancellationToken);
        var rows = boards.Select(b => new ReportRow(
                [ReportCell.Label(Bilingual.Pick(b.Name, b.NameZh)), .. ThreadMetrics.Select(m => ReportCell.Of(totals.GetValueOrDefault((b.Id, m, 0))))],
                b.Id.ToString(CultureInfo.InvariantCulture)))
            .OrderByDescending(r => r.Cells[1].Number).ThenBy(r => r.Cells[0].Text, StringComparer.CurrentCulture);
        return new ReportTable(Boards, [new("board", ReportColumnKind.Label), .. ThreadValues], [.. rows], floor.MinGroupSize);
    }

    public async Task<ReportTable> TopArticlesAsync(ReportPeriod period, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(period);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var totals = await RollupQueries.ItemTotalsAsync(db, ArticleTarget, ArticleMetrics, period.From, period.To, cancellationToken);
        var ids = Top(totals, ArticleMetrics).Select(id => int.TryParse(id, CultureInfo.InvariantCulture, out var n) ? n : 0).ToList();
        var articles = await db.Articles.AsNoTracking().Where(a => ids.Contains(a.Id)).Select(a => new { a.Id, a.Title, a.Status }).ToListAsync(cancellationToken);
        var rows = articles.Select(a => new ReportRow(
                [ReportCell.Label(a.Title), .. ArticleCells(metric => totals.GetValueOrDefault((Id(a.Id), metric)))],
                Id(a.Id), a.Status == ArticleStatus.Published ? null : ReportNotes.Unpublished))
            .OrderByDescending(r => r.Cells[1].Number).ThenBy(r => r.Cells[0].Text, StringComparer.CurrentCulture);
        return new ReportTable(Articles, [new("article", ReportColumnKind.Label), .. ArticleValues], [.. rows], floor.MinGroupSize);
    }

    /// <summary>One thread's, board's or article's daily trend (<paramref name="kind"/> is thread, board or article); null when there is no such item.</summary>
    public async Task<ContentTrend?> TrendAsync(string kind, string id, ReportPeriod period, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(period);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        switch (kind)
        {
            case ThreadTarget when long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var threadId)
                && await db.Threads.AsNoTracking().Where(t => t.Id == threadId).Select(t => new { t.Title, t.IsHidden }).SingleOrDefaultAsync(cancellationToken) is { } thread:
            {
                var counts = await RollupQueries.DailyForItemAsync(db, ThreadTarget, Id(threadId), ThreadMetrics, period.From, period.To, cancellationToken);
                return new ContentTrend(thread.Title, thread.IsHidden ? ReportNotes.Hidden : null,
                    Daily(Thread, period, ThreadValues, day => [.. ThreadMetrics.Select(m => ReportCell.Of(counts.GetValueOrDefault((m, day))))]));
            }

            case BoardTarget when int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var boardId)
                && await db.Boards.AsNoTracking().Where(b => b.Id == boardId).Select(b => new { b.Name, b.NameZh }).SingleOrDefaultAsync(cancellationToken) is { } board:
            {
                var counts = await RollupQueries.BoardTotalsAsync(db, boardId, ThreadMetrics, period.From, period.To, byDay: true, cancellationToken);
                return new ContentTrend(Bilingual.Pick(board.Name, board.NameZh), null,
                    Daily(Board, period, ThreadValues, day => [.. ThreadMetrics.Select(m => ReportCell.Of(counts.GetValueOrDefault((boardId, m, day))))]));
            }

            case ArticleTarget when int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var articleId)
                && await db.Articles.AsNoTracking().Where(a => a.Id == articleId).Select(a => new { a.Title, a.Status }).SingleOrDefaultAsync(cancellationToken) is { } article:
            {
                var counts = await RollupQueries.DailyForItemAsync(db, ArticleTarget, Id(articleId), ArticleMetrics, period.From, period.To, cancellationToken);
                return new ContentTrend(article.Title, article.Status == ArticleStatus.Published ? null : ReportNotes.Unpublished,
                    Daily(Article, period, ArticleValues, day => ArticleCells(metric => counts.GetValueOrDefault((metric, day)))));
            }

            default:
                return null;
        }
    }

    /// <summary>Views, read-throughs, the read-through rate (read-throughs ÷ views; empty without views) and shares.</summary>
    private static ReportCell[] ArticleCells(Func<string, long> count)
    {
        var views = count(EngagementKinds.ArticleViewed);
        var readThroughs = count(EngagementKinds.ArticleReadThrough);
        return [ReportCell.Of(views), ReportCell.Of(readThroughs), ReportCell.Ratio(readThroughs, views), ReportCell.Of(count(EngagementKinds.ArticleShared))];
    }

    private ReportTable Daily(string name, ReportPeriod period, ReportColumn[] values, Func<int, ReportCell[]> cells) =>
        new(name, [new("day", ReportColumnKind.Day), .. values], [.. period.EachDay.Select(day => new ReportRow([ReportCell.Day(day), .. cells(day)]))], floor.MinGroupSize);

    private static IEnumerable<string> Top(Dictionary<(string Item, string Metric), long> totals, string[] metrics) =>
        metrics.SelectMany(metric => totals.Where(t => t.Key.Metric == metric).OrderByDescending(t => t.Value).Take(TopPerMetric).Select(t => t.Key.Item)).Distinct();

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);
}
