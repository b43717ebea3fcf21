using Microsoft.EntityFrameworkCore;
using Portal.Domain.Articles;
using Portal.Domain.Engagement;
using Portal.Domain.Engagement.Reports;
using Portal.Domain.Forums;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Console;

/// <summary>Top threads, boards and articles and one item's trend, from per-item day rollups written through the real store.</summary>
public sealed class ContentReportsTests
{
    [Fact]
    public async Task Threads_boards_and_articles_rank_by_the_periods_counts_with_titles_and_marks()
    {
        await using var database = await TestDatabase.CreateAsync();
        var (boardA, boardB, hot, quiet, hidden, published, draft) = await ArrangeAsync(database);
        var world = new ReportWorld(database);
        world.Repeat(6, EngagementKinds.ThreadViewed, "thread", hot, daysAgo: 1)
            .Repeat(4, EngagementKinds.ThreadViewed, "thread", hot, daysAgo: 0, localHour: 0)
            .Repeat(3, EngagementKinds.PostCreated, "thread", hot, daysAgo: 2)
            .Repeat(2, EngagementKinds.ReactionAdded, "thread", hot, daysAgo: 2)
            .Repeat(2, EngagementKinds.ThreadViewed, "thread", quiet, daysAgo: 3)
            .Repeat(5, EngagementKinds.ReactionAdded, "thread", quiet, daysAgo: 3)
            .Repeat(1, EngagementKinds.ThreadViewed, "thread", hidden, daysAgo: 0)
            .Repeat(50, EngagementKinds.ThreadViewed, "thread", hot, daysAgo: 8) // before the period
            .Repeat(8, EngagementKinds.ArticleViewed, "article", published, daysAgo: 1)
            .Repeat(2, EngagementKinds.ArticleReadThrough, "article", published, daysAgo: 1)
            .Repeat(1, EngagementKinds.ArticleShared, "article", published, daysAgo: 0)
            .Repeat(1, EngagementKinds.ArticleReadThrough, "article", draft, daysAgo: 0); // read-throughs but no views
        await world.WriteAsync();
        var reports = database.Get<ContentReports>();
        var period = ReportPeriod.Last(7, world.Today);

        var threads = await reports.TopThreadsAsync(period);
        var boards = await reports.TopBoardsAsync(period);
        var articles = await reports.TopArticlesAsync(period);

        Assert.Equal(["thread", "board", "views", "replies", "reactions"], threads.Columns.Select(c => c.Key));
        Assert.Equal(
            [("Hot thread", "10", 10d, 3d, 2d, (string?)null), ("Quiet thread", "2", 2, 0, 5, null), ("Hidden thread", "1", 1, 0, 0, ReportNotes.Hidden)],
            threads.Rows.Select(r => (r.Cells[0].Text!, Key: r.Key == Id(hot) ? "10" : r.Key == Id(quiet) ? "2" : "1", r.Cells[2].Number!.Value, r.Cells[3].Number!.Value, r.Cells[4].Number!.Value, r.Note)));
        Assert.Equal("Board A", threads.Rows[0].Cells[1].Text);
        Assert.Equal(
            [(Id(boardA), 11d, 3d, 2d), (Id(boardB), 2d, 0d, 5d)],
            boards.Rows.Select(r => (r.Key!, r.Cells[1].Number!.Value, r.Cells[2].Number!.Value, r.Cells[3].Number!.Value)));
        Assert.Equal(["article", "views", "read-throughs", "read-through-rate", "shares"], articles.Columns.Select(c => c.Key));
        var first = articles.Rows[0];
        Assert.Equal(("Published article", 8d, 2d, 0.25, 1d, (string?)null), (first.Cells[0].Text!, first.Cells[1].Number!.Value, first.Cells[2].Number!.Value, first.Cells[3].Number!.Value, first.Cells[4].Number!.Value, first.Note));
        var second = articles.Rows[1];
        Assert.Equal(("Draft article", ReportNotes.Unpublished, (double?)null), (second.Cells[0].Text!, second.Note, second.Cells[3].Number));
    }

    [Fact]
    public async Task An_items_trend_has_a_row_per_local_day_and_unknown_items_are_null()
    {
        await using var database = await TestDatabase.CreateAsync();
        var (boardA, _, hot, quiet, hidden, published, _) = await ArrangeAsync(database);
        var world = new ReportWorld(database);
        world.Repeat(6, EngagementKinds.ThreadViewed, "thread", hot, daysAgo: 1)
            .Repeat(4, EngagementKinds.ThreadViewed, "thread", hot, daysAgo: 0, localHour: 0)
            .Repeat(3, EngagementKinds.PostCreated, "thread", hidden, daysAgo: 0)
            .Repeat(9, EngagementKinds.PostCreated, "thread", quiet, daysAgo: 0) // on board B
            .Repeat(4, EngagementKinds.ArticleViewed, "article", published, daysAgo: 2)
            .Repeat(3, EngagementKinds.ArticleReadThrough, "article", published, daysAgo: 2);
        await world.WriteAsync();
        var reports = database.Get<ContentReports>();
        var period = ReportPeriod.Last(7, world.Today);

        var thread = await reports.TrendAsync("thread", Id(hot), period);
        var board = await reports.TrendAsync("board", Id(boardA), period);
        var article = await reports.TrendAsync("article", Id(published), period);

        Assert.Equal("Hot thread", thread!.Title);
        Assert.Equal([0, 0, 0, 0, 0, 6, 4], thread.Table.Rows.Select(r => r.Cells[1].Number!.Value));
        Assert.Equal([0, 0, 0, 0, 0, 6, 4], board!.Table.Rows.Select(r => r.Cells[1].Number!.Value));
        Assert.Equal([0, 0, 0, 0, 0, 0, 3], board.Table.Rows.Select(r => r.Cells[2].Number!.Value));
        Assert.Equal(0.75, article!.Table.Rows[4].Cells[3].Number);
        Assert.Null(article.Table.Rows[0].Cells[3].Number); // no views that day: no rate
        Assert.Null(await reports.TrendAsync("thread", "999999", period));
        Assert.Null(await reports.TrendAsync("thread", "1; DROP TABLE Threads", period));
        Assert.Null(await reports.TrendAsync("member", "1", period));
    }

    private static string Id(long id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static async Task<(int BoardA, int BoardB, long Hot, long Quiet, long Hidden, int Published, int Draft)> ArrangeAsync(TestDatabase database)
    {
        var author = await database.CreateMemberAsync("Author");
        await using var db = database.CreateDbContext();
        var boards = await db.Boards.OrderBy(b => b.Id).Take(2).ToListAsync();
        boards[0].Name = "Board A";
        boards[1].Name = "Board B";
        var now = database.Clock.GetUtcNow();
        ForumThread Thread(Board board, string title, bool hidden = false) =>
            new() { BoardId = board.Id, AuthorId = author, Title = title, Slug = "t", CreatedAt = now, LastActivityAt = now, LastPosterId = author, IsHidden = hidden };
        Article Article(string title, ArticleStatus status) =>
            new() { Title = title, Slug = title.ToLowerInvariant().Replace(' ', '-'), AuthorId = author, UpdatedById = author, Status = status, CreatedAt = now, UpdatedAt = now };
        var hot = Thread(boards[0], "Hot thread");
        var quiet = Thread(boards[1], "Quiet thread");
        var hidden = Thread(boards[0], "Hidden thread", hidden: true);
        var published = Article("Published article", ArticleStatus.Published);
        var draft = Article("Draft article", ArticleStatus.Draft);
        db.AddRange(hot, quiet, hidden, published, draft);
        await db.SaveChangesAsync();
        return (boards[0].Id, boards[1].Id, hot.Id, quiet.Id, hidden.Id, published.Id, draft.Id);
    }
}
