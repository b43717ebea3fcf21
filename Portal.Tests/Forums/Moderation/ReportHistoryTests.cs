using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Accounts;
using Portal.Domain.Data;
using Portal.Domain.Forums;

namespace Portal.Tests.Forums.Moderation;

/// <summary>
/// The reports queue's context and history on a real database: a reported author's record, preset reasons carried to
/// the post, the audit and the history, the history's filter and pages, and a fixed number of SQL commands per page.
/// </summary>
public sealed class ReportHistoryTests : IAsyncLifetime
{
    private readonly CommandCounter counter = new();
    private ForumWorld world = null!;
    private string editor = "";

    private ReportHistory History => world.Database.Get<ReportHistory>();

    public async Task InitializeAsync()
    {
        world = await ForumWorld.CreateAsync(services => services.ConfigureDbContext<PortalDbContext>(o => o.AddInterceptors(counter)));
        editor = await world.VeteranAsync("Editor", Roles.Editor);
    }

    public async Task DisposeAsync() => await world.DisposeAsync();

    [Fact]
    public async Task A_reported_authors_record_counts_earlier_decisions_and_tells_a_current_silence_from_past_ones()
    {
        var repeat = await world.VeteranAsync("Repeat");
        var posts = await PostsAsync(repeat, 5);
        var clean = await PostsAsync(await world.VeteranAsync("Clean"), 1);
        await ReportAsync(posts[0], 1);
        await ReportAsync(posts[1], 2);
        await ReportAsync(posts[2], 1);
        await ReportAsync(posts[3], 1);
        await ReportAsync(posts[4], 1);
        await ReportAsync(clean[0], 1);
        await Ok(world.Reports.ResolveAsync(editor, posts[0].PostId, ReportAction.Dismiss, null));
        await Ok(world.Reports.ResolveAsync(editor, posts[1].PostId, ReportAction.HidePost, ModerationReason.Spam));
        await Ok(world.Reports.ResolveAsync(editor, posts[2].PostId, ReportAction.SilenceMember, ModerationReason.Harassment, silenceDays: 2));
        world.Database.Clock.Advance(TimeSpan.FromDays(3));
        await Ok(world.Reports.ResolveAsync(editor, posts[3].PostId, ReportAction.SilenceMember, ModerationReason.Harassment, "Again", silenceDays: 5));

        var queue = (await world.Reports.GetQueueAsync(editor)).Value!;

        var now = world.Database.Clock.GetUtcNow();
        var record = queue.Single(q => q.PostId == posts[4].PostId).AuthorRecord;
        Assert.Equal(
            new ReportedAuthorRecord(record.JoinedAt, 5, 5, 1, 1, 2, now.AddDays(5)),
            record);
        Assert.Equal(1, record.PastSilences);
        Assert.InRange((now - record.JoinedAt).TotalDays, 32, 34);
        Assert.Equal(new ReportedAuthorRecord(record.JoinedAt, 1, 0, 0, 0, 0, null), queue.Single(q => q.PostId == clean[0].PostId).AuthorRecord with { JoinedAt = record.JoinedAt });
    }

    [Fact]
    public async Task A_preset_reason_and_note_go_to_the_hidden_post_the_audit_and_the_history()
    {
        var author = await world.VeteranAsync("Author");
        var post = (await PostsAsync(author, 1))[0];
        await ReportAsync(post, 2);

        await Ok(world.Reports.ResolveAsync(editor, post.PostId, ReportAction.HidePost, ModerationReason.Harassment, "  Second warning  "));

        await using var db = world.Database.CreateDbContext();
        Assert.Equal("harassment: Second warning", (await db.Posts.SingleAsync(p => p.Id == post.PostId)).HiddenReason);
        Assert.Equal("harassment: Second warning", (await db.AuditEntries.SingleAsync(a => a.Action == AuditActions.PostHidden)).Detail);
        var decision = await db.ReportResolutions.SingleAsync();
        Assert.Equal((ReportAction.HidePost, ModerationReason.Harassment, "Second warning", 2, author), (decision.Action, decision.Reason, decision.Note, decision.ReportCount, decision.AuthorId));
        Assert.All(await db.PostReports.ToListAsync(), r => Assert.Equal(decision.Id, r.ResolutionId));
        var item = Assert.Single((await History.PageAsync(editor, new ReportHistoryQuery())).Value!.Items);
        Assert.Equal(("Author", "Editor", ModerationReason.Harassment, "Second warning"), (item.Author.DisplayName, item.ResolvedBy!.DisplayName, item.Reason, item.Note));
    }

    [Theory]
    [InlineData(ReportAction.HidePost, null, null, "Reason")]
    [InlineData(ReportAction.SilenceMember, null, "No preset", "Reason")]
    [InlineData(ReportAction.HidePost, ModerationReason.Other, "   ", "Note")]
    public async Task Acting_without_a_preset_or_other_without_words_is_refused_and_writes_nothing(ReportAction action, ModerationReason? reason, string? note, string field)
    {
        var post = (await PostsAsync(await world.VeteranAsync("Author"), 1))[0];
        await ReportAsync(post, 1);

        var result = await world.Reports.ResolveAsync(editor, post.PostId, action, reason, note, silenceDays: 3);

        Assert.Equal((ForumProblems.ReasonRequired, field), (Assert.Single(result.Problems).Code, result.Problems[0].Field));
        await using var db = world.Database.CreateDbContext();
        Assert.Empty(await db.ReportResolutions.ToListAsync());
        Assert.False((await db.Posts.SingleAsync(p => p.Id == post.PostId)).IsHidden);
    }

    [Fact]
    public async Task The_history_is_newest_first_says_who_decided_and_filters_by_action()
    {
        var operatorId = await world.VeteranAsync("Operator", Roles.Operator);
        var posts = await PostsAsync(await world.VeteranAsync("Author"), 3);
        foreach (var post in posts)
        {
            await ReportAsync(post, 1);
        }

        await Ok(world.Reports.ResolveAsync(editor, posts[0].PostId, ReportAction.Dismiss, null));
        world.Tick();
        await Ok(world.Reports.ResolveAsync(operatorId, posts[1].PostId, ReportAction.HidePost, ModerationReason.OffTopic));
        world.Tick();
        await Ok(world.Reports.ResolveAsync(editor, posts[2].PostId, ReportAction.SilenceMember, ModerationReason.Spam, silenceDays: 4));

        var all = (await History.PageAsync(editor, new ReportHistoryQuery())).Value!;
        var hidden = (await History.PageAsync(editor, new ReportHistoryQuery(ReportAction.HidePost))).Value!;

        Assert.Equal(
            [(ReportAction.SilenceMember, "Editor", (int?)4), (ReportAction.HidePost, "Operator", null), (ReportAction.Dismiss, "Editor", null)],
            all.Items.Select(i => (i.Action, i.ResolvedBy!.DisplayName, i.SilenceDays)));
        Assert.Equal(posts[2].Url, all.Items[0].Location.Url);
        Assert.Equal((1, posts[1].PostId), (hidden.Total, Assert.Single(hidden.Items).Location.PostId));
    }

    [Fact]
    public async Task The_history_pages_by_25_and_a_page_past_the_end_reads_as_the_last()
    {
        var author = await world.VeteranAsync("Author");
        var post = (await PostsAsync(author, 1))[0];
        await using (var db = world.Database.CreateDbContext())
        {
            var start = world.Database.Clock.GetUtcNow();
            db.ReportResolutions.AddRange(Enumerable.Range(0, 30).Select(i => new ReportResolution
            {
                PostId = post.PostId, AuthorId = author, ResolvedById = editor, ResolvedAt = start.AddMinutes(i), Action = ReportAction.Dismiss, ReportCount = 1, Note = $"n{i}",
            }));
            await db.SaveChangesAsync();
        }

        var first = (await History.PageAsync(editor, new ReportHistoryQuery())).Value!;
        var beyond = (await History.PageAsync(editor, new ReportHistoryQuery(null, 99))).Value!;

        Assert.Equal((1, 2, 30, ReportHistory.PageSize, "n29"), (first.Page, first.PageCount, first.Total, first.Items.Count, first.Items[0].Note));
        Assert.Equal((2, 5, "n4", "n0"), (beyond.Page, beyond.Items.Count, beyond.Items[0].Note, beyond.Items[^1].Note));
    }

    [Fact]
    public async Task Only_editors_and_operators_read_the_history()
    {
        var owner = await world.VeteranAsync("Owner");

        var result = await History.PageAsync(owner, new ReportHistoryQuery());

        Assert.Equal(ForumProblems.Forbidden, Assert.Single(result.Problems).Code);
    }

    [Fact]
    public async Task The_queue_and_a_history_page_cost_the_same_few_commands_for_two_authors_or_ten()
    {
        var (queueFew, historyFew) = await CostAsync(2);
        var (queueMany, historyMany) = await CostAsync(8);

        Assert.InRange(queueFew, 1, 8);
        Assert.InRange(historyFew, 1, 5);
        Assert.Equal((queueFew, historyFew), (queueMany, historyMany));
    }

    private async Task<(int Queue, int History)> CostAsync(int authors)
    {
        for (var i = 0; i < authors; i++)
        {
            var posts = await PostsAsync(await world.VeteranAsync($"Author {authors}-{i}"), 2);
            await ReportAsync(posts[0], 1);
            await ReportAsync(posts[1], 2);
            await Ok(world.Reports.ResolveAsync(editor, posts[0].PostId, ReportAction.HidePost, ModerationReason.Spam));
        }

        counter.Reset();
        var queue = (await world.Reports.GetQueueAsync(editor)).Value!;
        var queueCost = counter.Count;
        counter.Reset();
        var history = (await History.PageAsync(editor, new ReportHistoryQuery())).Value!;
        Assert.True(queue.Count >= authors && history.Items.Count >= authors);
        return (queueCost, counter.Count);
    }

    private async Task<List<PostLocation>> PostsAsync(string author, int count)
    {
        var thread = await world.ThreadAsync(author, $"Thread by {author[..8]}", $"First post by {author} about winter tyres.");
        var posts = new List<PostLocation> { thread };
        for (var i = 1; i < count; i++)
        {
            posts.Add(await world.ReplyAsync(author, thread.ThreadId, $"Reply number {i} about charging at home."));
        }

        return posts;
    }

    private async Task ReportAsync(PostLocation post, int reporters)
    {
        for (var i = 0; i < reporters; i++)
        {
            await Ok(world.Interactions.ReportAsync(await world.VeteranAsync($"Reporter {post.PostId}-{i}"), post.PostId, ReportReason.Spam, null));
        }
    }

    private static async Task Ok(Task<Domain.Result> action)
    {
        var result = await action;
        Assert.True(result.Succeeded, string.Join(", ", result.Problems.Select(p => p.Code)));
    }
}
