using Microsoft.EntityFrameworkCore;
using Portal.Domain.Content;
using Portal.Domain.Forums;
using Portal.Domain.Notifications;

namespace Portal.Tests.Forums;

public sealed class ForumServiceTests : IAsyncLifetime
{
    private ForumWorld world = null!;

    public async Task InitializeAsync() => world = await ForumWorld.CreateAsync();

    public async Task DisposeAsync() => await world.DisposeAsync();

    [Fact]
    public async Task Starting_a_thread_numbers_the_first_post_follows_it_and_counts_it_on_the_board()
    {
        var author = await world.VeteranAsync("Lin");

        var location = await world.ThreadAsync(author, "Winter range on the Vela", "How much do you lose below zero?", "Winter", "range ", "winter");

        await using var db = world.Database.CreateDbContext();
        var thread = await db.Threads.Include(t => t.Tags).SingleAsync(t => t.Id == location.ThreadId);
        Assert.Equal("winter-range-on-the-vela", thread.Slug);
        Assert.Equal(["range", "winter"], thread.Tags.Select(t => t.Tag).Order());
        Assert.Equal(1, (await db.Posts.SingleAsync(p => p.ThreadId == thread.Id)).Number);
        Assert.True(await db.ThreadFollows.AnyAsync(f => f.ThreadId == thread.Id && f.MemberId == author));
        var board = await db.Boards.SingleAsync(b => b.Id == world.BoardId);
        Assert.Equal((1, 1, thread.Id), (board.ThreadCount, board.PostCount, board.LastThreadId));
    }

    [Fact]
    public async Task A_reply_gets_the_next_number_notifies_followers_but_not_the_replier_and_follows_the_thread()
    {
        var asker = await world.VeteranAsync("Lin");
        var helper = await world.VeteranAsync("Wang");
        var location = await world.ThreadAsync(asker);

        var reply = await world.ReplyAsync(helper, location.ThreadId, "About 25% at minus ten, less with preheating.");

        Assert.Equal(2, reply.Number);
        await using var db = world.Database.CreateDbContext();
        var notifications = await db.Notifications.ToListAsync();
        var only = Assert.Single(notifications);
        Assert.Equal((asker, NotificationKind.Reply, helper), (only.RecipientId, only.Kind, only.ActorId));
        Assert.Equal(reply.Url, only.Url);
        Assert.True(await db.ThreadFollows.AnyAsync(f => f.ThreadId == location.ThreadId && f.MemberId == helper));
        var thread = await db.Threads.SingleAsync();
        Assert.Equal((2, 1, helper), (thread.PostCount, thread.ReplyCount, thread.LastPosterId));
    }

    [Fact]
    public async Task A_mention_notifies_the_mentioned_member_once_instead_of_a_reply_notification()
    {
        var asker = await world.VeteranAsync("Lin");
        var helper = await world.VeteranAsync("Wang");
        var location = await world.ThreadAsync(asker);

        await world.ReplyAsync(helper, location.ThreadId, $"{MarkdownRenderer.MentionMarkdown(asker, "Lin")} preheat the battery before you leave.");

        await using var db = world.Database.CreateDbContext();
        var only = Assert.Single(await db.Notifications.ToListAsync());
        Assert.Equal((asker, NotificationKind.Mention), (only.RecipientId, only.Kind));
    }

    [Fact]
    public async Task Concurrent_replies_never_share_a_number()
    {
        var asker = await world.VeteranAsync("Lin");
        var location = await world.ThreadAsync(asker);
        var members = new List<string>();
        for (var i = 0; i < 12; i++)
        {
            members.Add(await world.VeteranAsync($"Owner {i}"));
        }

        var results = await Task.WhenAll(members.Select(m => world.Forum.ReplyAsync(m, location.ThreadId, $"My winter number is {m[..8]} percent.")));

        Assert.All(results, r => Assert.True(r.Succeeded));
        Assert.Equal(Enumerable.Range(2, 12), results.Select(r => r!.Value!.Number).Order());
        await using var db = world.Database.CreateDbContext();
        Assert.Equal(13, (await db.Threads.SingleAsync()).PostCount);
    }

    [Fact]
    public async Task Editing_keeps_the_old_text_as_a_revision_and_marks_the_post_edited()
    {
        var author = await world.VeteranAsync("Lin");
        var location = await world.ThreadAsync(author, body: "Range dropped **30%** this week.");

        var result = await world.Forum.EditPostAsync(author, location.PostId, "Range dropped **25%** this week, after preheating.");

        Assert.True(result.Succeeded);
        await using var db = world.Database.CreateDbContext();
        var post = await db.Posts.SingleAsync();
        Assert.Contains("<strong>25%</strong>", post.BodyHtml, StringComparison.Ordinal);
        Assert.Equal((1, world.Database.Clock.GetUtcNow()), (post.EditCount, post.EditedAt!.Value));
        Assert.Equal("Range dropped **30%** this week.", (await db.PostRevisions.SingleAsync()).Body);
    }

    [Fact]
    public async Task Only_the_author_edits_or_deletes_a_post_and_a_refusal_changes_nothing()
    {
        var author = await world.VeteranAsync("Lin");
        var other = await world.VeteranAsync("Wang");
        var location = await world.ThreadAsync(author);

        var edit = await world.Forum.EditPostAsync(other, location.PostId, "Something else entirely, thanks.");
        var delete = await world.Forum.DeletePostAsync(other, location.PostId);

        Assert.Equal(ForumProblems.Forbidden, Assert.Single(edit.Problems).Code);
        Assert.Equal(ForumProblems.Forbidden, Assert.Single(delete.Problems).Code);
        await using var db = world.Database.CreateDbContext();
        var post = await db.Posts.SingleAsync();
        Assert.False(post.IsDeleted);
        Assert.Equal(0, post.EditCount);
    }

    [Fact]
    public async Task A_deleted_post_leaves_a_placeholder_and_leaves_the_search_index()
    {
        var author = await world.VeteranAsync("Lin");
        var helper = await world.VeteranAsync("Wang");
        var location = await world.ThreadAsync(author);
        var reply = await world.ReplyAsync(helper, location.ThreadId, "Heat pump owners lose far less range.");

        Assert.True((await world.Forum.DeletePostAsync(helper, reply.PostId)).Succeeded);

        var page = await world.Reader.GetThreadAsync(location.ThreadId, 1, new ForumViewer(author, false));
        var removed = page!.Posts.Single(p => p.Number == 2);
        Assert.True(removed.IsDeleted);
        Assert.Equal("", removed.Html);
        Assert.Empty((await world.Search.SearchAsync("heat pump", null, null, 1, null)).Hits);
    }

    [Fact]
    public async Task A_locked_thread_refuses_replies()
    {
        var author = await world.VeteranAsync("Lin");
        var editor = await world.VeteranAsync("Editor", Portal.Domain.Accounts.Roles.Editor);
        var location = await world.ThreadAsync(author);
        Assert.True((await world.Moderation.SetLockedAsync(editor, location.ThreadId, true)).Succeeded);

        var result = await world.Forum.ReplyAsync(author, location.ThreadId, "One more thing about winter range.");

        Assert.Equal(ForumProblems.Locked, Assert.Single(result.Problems).Code);
    }

    [Theory]
    [InlineData("Hi", "Forums.TitleLength")]
    [InlineData("", "Forums.TitleLength")]
    public async Task A_bad_title_is_refused_on_the_title_field(string title, string code)
    {
        var author = await world.VeteranAsync("Lin");

        var result = await world.Forum.StartThreadAsync(author, new ThreadDraft { BoardId = world.BoardId, Title = title, Body = "A perfectly fine body text." });

        Assert.Equal(code, result.For("Title")!.Code);
        await using var db = world.Database.CreateDbContext();
        Assert.False(await db.Threads.AnyAsync());
    }

    [Fact]
    public async Task Six_tags_or_a_tag_with_symbols_are_refused()
    {
        var author = await world.VeteranAsync("Lin");

        var tooMany = await world.Forum.StartThreadAsync(author, new ThreadDraft { BoardId = world.BoardId, Title = "Tags galore here", Body = "A perfectly fine body text.", Tags = ["a", "b", "c", "d", "e", "f"] });
        var symbols = await world.Forum.StartThreadAsync(author, new ThreadDraft { BoardId = world.BoardId, Title = "Tags galore here", Body = "A perfectly fine body text.", Tags = ["<b>"] });

        Assert.Equal(ForumProblems.TooManyTags, tooMany.For("Tags")!.Code);
        Assert.Equal(ForumProblems.TagInvalid, symbols.For("Tags")!.Code);
    }
}
