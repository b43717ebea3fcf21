using Microsoft.EntityFrameworkCore;
using Portal.Domain.Accounts;
using Portal.Domain.Forums;

namespace Portal.Tests.Forums;

public sealed class ForumModerationTests : IAsyncLifetime
{
    private ForumWorld world = null!;

    public async Task InitializeAsync() => world = await ForumWorld.CreateAsync();

    public async Task DisposeAsync() => await world.DisposeAsync();

    [Fact]
    public async Task Owners_cannot_moderate_and_nothing_changes()
    {
        var owner = await world.VeteranAsync("Lin");
        var location = await world.ThreadAsync(owner);

        var results = new[]
        {
            await world.Moderation.SetPinnedAsync(owner, location.ThreadId, true),
            await world.Moderation.SetLockedAsync(owner, location.ThreadId, true),
            await world.Moderation.SetThreadHiddenAsync(owner, location.ThreadId, true, "spam"),
            await world.Moderation.SetPostHiddenAsync(owner, location.PostId, true, "spam"),
        };

        Assert.All(results, r => Assert.Equal(ForumProblems.Forbidden, Assert.Single(r.Problems).Code));
        await using var db = world.Database.CreateDbContext();
        var thread = await db.Threads.SingleAsync();
        Assert.False(thread.IsPinned || thread.IsLocked || thread.IsHidden);
        Assert.False(await db.AuditEntries.AnyAsync());
    }

    [Fact]
    public async Task A_hidden_thread_disappears_for_owners_but_not_for_moderators_and_every_step_is_audited()
    {
        var owner = await world.VeteranAsync("Lin");
        var editor = await world.VeteranAsync("Editor", Roles.Editor);
        var location = await world.ThreadAsync(owner, "Selling my charger cheap", "Selling a wallbox, message me for the price.");

        var noReason = await world.Moderation.SetThreadHiddenAsync(editor, location.ThreadId, true, " ");
        var hidden = await world.Moderation.SetThreadHiddenAsync(editor, location.ThreadId, true, "Sales belong in the marketplace");

        Assert.Equal(ForumProblems.ReasonRequired, noReason.For("Reason")!.Code);
        Assert.True(hidden.Succeeded);
        Assert.Null(await world.Reader.GetThreadAsync(location.ThreadId, 1, new ForumViewer(owner, false)));
        Assert.Empty((await world.Reader.GetThreadsAsync(world.BoardId, ThreadSort.Latest, null, 1, new ForumViewer(owner, false))).Items);
        var moderatorView = await world.Reader.GetThreadAsync(location.ThreadId, 1, new ForumViewer(editor, true));
        Assert.Equal("Sales belong in the marketplace", moderatorView!.Thread.HiddenReason);
        Assert.Empty((await world.Search.SearchAsync("wallbox", null, null, 1, null)).Hits);
        await using var db = world.Database.CreateDbContext();
        var audit = Assert.Single(await db.AuditEntries.ToListAsync());
        Assert.Equal((AuditActions.ThreadHidden, editor, "Sales belong in the marketplace"), (audit.Action, audit.ActorId, audit.Detail));
    }

    [Fact]
    public async Task Pinned_threads_come_first_in_latest()
    {
        var owner = await world.VeteranAsync("Lin");
        var editor = await world.VeteranAsync("Editor", Roles.Editor);
        var old = await world.ThreadAsync(owner, "Community guidelines", "Please be kind to each other here.");
        await world.ThreadAsync(owner, "Newer question here", "Is the new firmware out yet?");

        await world.Moderation.SetPinnedAsync(editor, old.ThreadId, true);

        var list = await world.Reader.GetThreadsAsync(world.BoardId, ThreadSort.Latest, null, 1, new ForumViewer(owner, false));
        Assert.Equal(["Community guidelines", "Newer question here"], list.Items.Select(i => i.Title));
        Assert.True(list.Items[0].IsPinned);
    }

    [Fact]
    public async Task Moving_a_thread_moves_its_counts_between_boards()
    {
        var owner = await world.VeteranAsync("Lin");
        var editor = await world.VeteranAsync("Editor", Roles.Editor);
        var other = await world.AddBoardAsync("test-board");
        var location = await world.ThreadAsync(owner);
        await world.ReplyAsync(owner, location.ThreadId, "Adding some more detail here.");

        Assert.True((await world.Moderation.MoveThreadAsync(editor, location.ThreadId, other)).Succeeded);

        await using var db = world.Database.CreateDbContext();
        var boards = await db.Boards.ToDictionaryAsync(b => b.Id);
        Assert.Equal((0, 0), (boards[world.BoardId].ThreadCount, boards[world.BoardId].PostCount));
        Assert.Equal((1, 2), (boards[other].ThreadCount, boards[other].PostCount));
        Assert.Equal(AuditActions.ThreadMoved, (await db.AuditEntries.SingleAsync()).Action);
    }

    [Fact]
    public async Task Moderators_read_the_edit_history_owners_do_not()
    {
        var owner = await world.VeteranAsync("Lin");
        var editor = await world.VeteranAsync("Editor", Roles.Editor);
        var location = await world.ThreadAsync(owner, body: "First version of my text.");
        await world.Forum.EditPostAsync(owner, location.PostId, "Second version of my text.");

        var forOwner = await world.Moderation.GetRevisionsAsync(owner, location.PostId);
        var forEditor = await world.Moderation.GetRevisionsAsync(editor, location.PostId);

        Assert.Equal(ForumProblems.Forbidden, Assert.Single(forOwner.Problems).Code);
        Assert.Equal("First version of my text.", Assert.Single(forEditor.Value!).Body);
    }

    [Fact]
    public async Task Reports_are_grouped_by_post_and_hiding_resolves_them_all()
    {
        var author = await world.VeteranAsync("Spammer");
        var editor = await world.VeteranAsync("Editor", Roles.Editor);
        var location = await world.ThreadAsync(author, "Cheap tyres here", "Visit my shop for cheap tyres today.");
        foreach (var name in new[] { "A", "B" })
        {
            await world.Interactions.ReportAsync(await world.VeteranAsync(name), location.PostId, ReportReason.Spam, null);
        }

        var queue = await world.Reports.GetQueueAsync(editor);
        var resolved = await world.Reports.ResolveAsync(editor, location.PostId, ReportAction.HidePost, ModerationReason.Spam, "Advertising");

        var item = Assert.Single(queue.Value!);
        Assert.Equal((2, "Spammer"), (item.Reports.Count, item.Author.Member.DisplayName));
        Assert.True(resolved.Succeeded);
        Assert.Empty((await world.Reports.GetQueueAsync(editor)).Value!);
        await using var db = world.Database.CreateDbContext();
        Assert.All(await db.PostReports.ToListAsync(), r => Assert.Equal(ReportStatus.PostHidden, r.Status));
        Assert.Equal("spam: Advertising", (await db.Posts.SingleAsync()).HiddenReason);
    }

    [Fact]
    public async Task Silencing_from_a_report_hides_the_post_and_stops_the_author_posting_for_the_days_given()
    {
        var author = await world.VeteranAsync("Troll");
        var editor = await world.VeteranAsync("Editor", Roles.Editor);
        var location = await world.ThreadAsync(author, "You are all wrong", "Everyone here is clueless about cars.");
        await world.Interactions.ReportAsync(await world.VeteranAsync("A"), location.PostId, ReportReason.Abusive, null);

        var resolved = await world.Reports.ResolveAsync(editor, location.PostId, ReportAction.SilenceMember, ModerationReason.Harassment, silenceDays: 3);
        var attempt = await world.Forum.StartThreadAsync(author, new ThreadDraft { BoardId = world.BoardId, Title = "Still here", Body = "You cannot silence me forever." });

        Assert.True(resolved.Succeeded);
        Assert.Equal(ForumProblems.Silenced, Assert.Single(attempt.Problems).Code);
        await using var db = world.Database.CreateDbContext();
        Assert.Equal(world.Database.Clock.GetUtcNow().AddDays(3), (await db.Users.SingleAsync(u => u.Id == author)).SilencedUntil);
        Assert.Contains(await db.AuditEntries.ToListAsync(), a => a.Action == AuditActions.MemberSilenced && a.TargetId == author);
    }
}
