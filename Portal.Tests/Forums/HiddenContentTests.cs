using Microsoft.EntityFrameworkCore;
using Portal.Domain.Accounts;
using Portal.Domain.Activity;
using Portal.Domain.Forums;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Forums;

/// <summary>
/// Hiding, deleting or moving something takes it out of every list that shows it at once: the board's latest thread on
/// /forums and the home ticker (live, through a withdrawal on the bus, and when read, against the database, for what
/// another node hid).
/// </summary>
public sealed class HiddenContentTests : IAsyncLifetime
{
    private ForumWorld world = null!;
    private string editor = "";
    private string author = "";

    private RecentActivity Ticker => world.Database.Get<RecentActivity>();

    public async Task InitializeAsync()
    {
        world = await ForumWorld.CreateAsync();
        editor = await world.VeteranAsync("Editor", Roles.Editor);
        author = await world.VeteranAsync("Lin");
    }

    public async Task DisposeAsync() => await world.DisposeAsync();

    [Fact]
    public async Task A_hidden_thread_is_no_boards_latest_thread_until_it_is_shown_again()
    {
        var older = await world.ThreadAsync(author, "Wallbox advice please", "Which wallbox works best with the Vela?");
        var newer = await world.ThreadAsync(author, "Cheap tyres here", "Visit my shop for cheap tyres today.");

        await Ok(world.Moderation.SetThreadHiddenAsync(editor, newer.ThreadId, hidden: true, "Advertising"));
        var hidden = await BoardAsync(world.BoardId);
        await Ok(world.Moderation.SetThreadHiddenAsync(editor, newer.ThreadId, hidden: false, null));
        var shown = await BoardAsync(world.BoardId);

        Assert.Equal((older.ThreadId, "Wallbox advice please"), (hidden.LastThreadId, hidden.LastThreadTitle));
        Assert.Equal((newer.ThreadId, "Cheap tyres here"), (shown.LastThreadId, shown.LastThreadTitle));
    }

    [Fact]
    public async Task A_thread_moved_away_leaves_its_old_boards_latest_to_the_next_one_and_a_board_left_empty_shows_none()
    {
        var older = await world.ThreadAsync(author, "Wallbox advice please", "Which wallbox works best with the Vela?");
        var moved = await world.ThreadAsync(author, "Road trip to Hangzhou", "Planning a road trip next month, any tips?");
        var other = await world.AddBoardAsync("road-trips-test");

        await Ok(world.Moderation.MoveThreadAsync(editor, moved.ThreadId, other));
        await Ok(world.Moderation.SetThreadHiddenAsync(editor, older.ThreadId, hidden: true, "Duplicate"));

        var board = await BoardAsync(world.BoardId);
        Assert.Equal((null, null, null), (board.LastThreadId, board.LastThreadTitle, board.LastActivityAt));
    }

    [Fact]
    public async Task The_ticker_drops_a_hidden_post_a_deleted_post_and_every_line_of_a_hidden_thread()
    {
        var thread = await world.ThreadAsync(author, "Winter range on the Vela", "How much range do you lose in winter?");
        var hiddenReply = await world.ReplyAsync(await world.VeteranAsync("Chen"), thread.ThreadId, "Buy cheap chargers at my shop.");
        var deletedReply = await world.ReplyAsync(author, thread.ThreadId, "About 20 percent in January for me.");
        var kept = await world.ReplyAsync(await world.VeteranAsync("王磊"), thread.ThreadId, "冬天续航大概少了两成。");
        var spam = await world.ThreadAsync(await world.VeteranAsync("Seller"), "Cheap tyres here", "Visit my shop for cheap tyres today.");
        await Eventually.TrueAsync(async () => (await PostIdsAsync()).Contains(spam.PostId), "the spam thread on the ticker");

        await Ok(world.Moderation.SetPostHiddenAsync(editor, hiddenReply.PostId, hidden: true, "Advertising"));
        await Ok(world.Forum.DeletePostAsync(author, deletedReply.PostId));
        await Ok(world.Moderation.SetThreadHiddenAsync(editor, spam.ThreadId, hidden: true, "Advertising"));

        Assert.Equal([kept.PostId, thread.PostId], await PostIdsAsync());
    }

    [Fact]
    public async Task A_line_hidden_where_this_node_did_not_hear_it_is_dropped_when_the_ticker_is_read()
    {
        var thread = await world.ThreadAsync(author, "Winter range on the Vela", "How much range do you lose in winter?");
        var reply = await world.ReplyAsync(await world.VeteranAsync("Chen"), thread.ThreadId, "Buy cheap chargers at my shop.");
        await Eventually.TrueAsync(async () => (await PostIdsAsync()).Contains(reply.PostId), "the reply on the ticker");

        // Another node hid the post: its withdrawal went out on that node's bus, not this one's.
        await using (var db = world.Database.CreateDbContext())
        {
            await db.Posts.Where(p => p.Id == reply.PostId).ExecuteUpdateAsync(s => s.SetProperty(p => p.IsHidden, true));
        }

        Assert.Equal([thread.PostId], await PostIdsAsync());
    }

    [Fact]
    public void A_posts_withdrawal_removes_that_posts_lines_only()
    {
        var thread = new ActivityTarget(ActivityTarget.Thread, "7", "Winter range", "/forums/t/7/winter-range");
        List<ActivityEvent> lines = [Line(thread, "71"), Line(thread, "72"), Line(new ActivityTarget(ActivityTarget.Thread, "8"), "71")];

        RecentActivity.Apply(lines, new ActivityEvent(ActivityKinds.Withdrawn, null, null, new ActivityTarget(ActivityTarget.Thread, "7"), ActivityAudience.Everyone,
            DateTimeOffset.UtcNow, new Dictionary<string, string> { [ForumActivity.PostId] = "71" }), 10);

        Assert.Equal([("7", "72"), ("8", "71")], lines.Select(l => (l.Target.Id, l.Value(ForumActivity.PostId))));
    }

    [Fact]
    public void A_members_withdrawal_removes_every_line_they_are_the_actor_of_and_the_one_about_them()
    {
        var thread = new ActivityTarget(ActivityTarget.Thread, "7", "Winter range", "/forums/t/7/winter-range");
        var joined = new ActivityEvent(ActivityKinds.MemberJoined, "a", "A", new ActivityTarget(ActivityTarget.Member, "a"), ActivityAudience.Everyone, DateTimeOffset.UtcNow);
        List<ActivityEvent> lines = [Line(thread, "71"), Line(thread, "72") with { ActorId = "b", ActorName = "B" }, joined];

        RecentActivity.Apply(lines, new ActivityEvent(ActivityKinds.Withdrawn, null, null, new ActivityTarget(ActivityTarget.Member, "a"), ActivityAudience.Everyone, DateTimeOffset.UtcNow), 10);

        Assert.Equal([("b", "72")], lines.Select(l => (l.ActorId, l.Value(ForumActivity.PostId))));
    }

    [Fact]
    public void A_line_the_history_already_holds_is_not_added_again_when_the_bus_delivers_it()
    {
        var at = DateTimeOffset.UtcNow;
        var thread = new ActivityTarget(ActivityTarget.Thread, "7", "Winter range", "/forums/t/7/winter-range");
        List<ActivityEvent> lines = [Line(thread, "71") with { At = at }];

        RecentActivity.Apply(lines, Line(thread with { Url = "/forums/t/7/winter-range#post-1" }, "71") with { At = at }, 10);
        RecentActivity.Apply(lines, Line(thread, "72") with { At = at }, 10);

        Assert.Equal(["72", "71"], lines.Select(l => l.Value(ForumActivity.PostId)));
    }

    private static ActivityEvent Line(ActivityTarget thread, string postId) =>
        new(ActivityKinds.PostCreated, "a", "A", thread, ActivityAudience.Everyone, DateTimeOffset.UtcNow, new Dictionary<string, string> { [ForumActivity.PostId] = postId });

    private async Task<List<long>> PostIdsAsync() =>
        [.. (await Ticker.LatestAsync(RecentActivity.Capacity)).Where(l => l.Target.Type == ActivityTarget.Thread).Select(l => long.Parse(l.Value(ForumActivity.PostId)!, System.Globalization.CultureInfo.InvariantCulture))];

    private async Task<BoardSummary> BoardAsync(int boardId) => (await world.Reader.GetBoardsAsync()).Single(b => b.Id == boardId);

    private static async Task Ok(Task<Domain.Result> action)
    {
        var result = await action;
        Assert.True(result.Succeeded, string.Join(", ", result.Problems.Select(p => p.Code)));
    }
}
