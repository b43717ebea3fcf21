using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Portal.Domain.Accounts;
using Portal.Domain.Activity;
using Portal.Domain.Forums;
using Portal.Domain.Notifications;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Forums;

public sealed class ForumInteractionsTests : IAsyncLifetime
{
    private ForumWorld world = null!;

    public async Task InitializeAsync() => world = await ForumWorld.CreateAsync();

    public async Task DisposeAsync() => await world.DisposeAsync();

    [Fact]
    public async Task A_reaction_toggles_and_keeps_post_and_thread_counts_in_step()
    {
        var author = await world.VeteranAsync("Lin");
        var fan = await world.VeteranAsync("Wang");
        var location = await world.ThreadAsync(author);

        var given = await world.Interactions.ToggleReactionAsync(fan, location.PostId, ReactionKind.Like);
        await world.Interactions.ToggleReactionAsync(fan, location.PostId, ReactionKind.Helpful);
        var reactors = await world.Interactions.GetReactionsAsync(location.PostId);
        var takenBack = await world.Interactions.ToggleReactionAsync(fan, location.PostId, ReactionKind.Like);

        Assert.True(given.Value);
        Assert.False(takenBack.Value);
        Assert.Equal(2, reactors.Count);
        Assert.All(reactors, r => Assert.Equal("Wang", r.Member.DisplayName));
        await using var db = world.Database.CreateDbContext();
        var post = await db.Posts.SingleAsync();
        Assert.Equal((0, 1), (post.LikeCount, post.HelpfulCount));
        Assert.Equal(1, (await db.Threads.SingleAsync()).ReactionCount);
        Assert.Contains(await db.Notifications.ToListAsync(), n => n.RecipientId == author && n.Kind == NotificationKind.Reaction);
    }

    [Fact]
    public async Task A_reaction_is_announced_to_thread_readers_as_post_reacted()
    {
        var author = await world.VeteranAsync("Lin");
        var fan = await world.VeteranAsync("Wang");
        var location = await world.ThreadAsync(author);
        var heard = new TaskCompletionSource<ActivityEvent>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var subscription = world.Database.Get<IActivityBus>().Subscribe(
            a => { heard.TrySetResult(a); return ValueTask.CompletedTask; },
            a => a.Kind is ActivityKinds.PostReacted or ActivityKinds.PostEdited);

        await world.Interactions.ToggleReactionAsync(fan, location.PostId, ReactionKind.Like);

        var reacted = await Eventually.ArrivesAsync(heard.Task, "post.reacted on the bus");
        Assert.Equal((ActivityKinds.PostReacted, fan, location.ThreadId.ToString(CultureInfo.InvariantCulture)), (reacted.Kind, reacted.ActorId, reacted.Target.Id));
        Assert.Equal(location.PostId.ToString(CultureInfo.InvariantCulture), reacted.Value(ForumActivity.PostId));
    }

    [Fact]
    public async Task Members_cannot_react_to_their_own_posts()
    {
        var author = await world.VeteranAsync("Lin");
        var location = await world.ThreadAsync(author);

        var result = await world.Interactions.ToggleReactionAsync(author, location.PostId, ReactionKind.Like);

        Assert.Equal(ForumProblems.Forbidden, Assert.Single(result.Problems).Code);
    }

    [Fact]
    public async Task Only_the_threads_author_accepts_an_answer_and_only_a_reply()
    {
        var asker = await world.VeteranAsync("Lin");
        var helper = await world.VeteranAsync("Wang");
        var location = await world.ThreadAsync(asker);
        var reply = await world.ReplyAsync(helper, location.ThreadId, "Preheat the battery for twenty minutes.");

        var byHelper = await world.Interactions.AcceptAnswerAsync(helper, reply.PostId);
        var opening = await world.Interactions.AcceptAnswerAsync(asker, location.PostId);
        var accepted = await world.Interactions.AcceptAnswerAsync(asker, reply.PostId);

        Assert.Equal(ForumProblems.Forbidden, Assert.Single(byHelper.Problems).Code);
        Assert.Equal(ForumProblems.NotAReply, Assert.Single(opening.Problems).Code);
        Assert.True(accepted.Succeeded);
        await using var db = world.Database.CreateDbContext();
        Assert.Equal(reply.PostId, (await db.Threads.SingleAsync()).AcceptedPostId);
        Assert.Contains(await db.Notifications.ToListAsync(), n => n.RecipientId == helper && n.Kind == NotificationKind.AnswerAccepted);
    }

    [Fact]
    public async Task Staff_mark_a_staff_reply_as_the_official_answer_on_any_thread()
    {
        var asker = await world.VeteranAsync("Lin");
        var owner = await world.VeteranAsync("Wang");
        var editor = await world.VeteranAsync("Aurelia", Roles.Editor);
        var location = await world.ThreadAsync(asker);
        var ownerReply = await world.ReplyAsync(owner, location.ThreadId, "I think it is the tyres, honestly.");
        var staffReply = await world.ReplyAsync(editor, location.ThreadId, "This is fixed in software 5.2, rolling out now.");

        var byOwner = await world.Interactions.MarkOfficialAnswerAsync(owner, staffReply.PostId);
        var onOwnerReply = await world.Interactions.MarkOfficialAnswerAsync(editor, ownerReply.PostId);
        var official = await world.Interactions.MarkOfficialAnswerAsync(editor, staffReply.PostId);

        Assert.Equal(ForumProblems.Forbidden, Assert.Single(byOwner.Problems).Code);
        Assert.Equal(ForumProblems.NotStaff, Assert.Single(onOwnerReply.Problems).Code);
        Assert.True(official.Succeeded);
        await using var db = world.Database.CreateDbContext();
        Assert.Equal(staffReply.PostId, (await db.Threads.SingleAsync()).OfficialPostId);
        Assert.Single(await db.AuditEntries.Where(a => a.Action == AuditActions.OfficialAnswer).ToListAsync());
    }

    [Fact]
    public async Task Read_position_only_moves_forward_and_gives_the_first_unread_post()
    {
        var author = await world.VeteranAsync("Lin");
        var reader = await world.VeteranAsync("Wang");
        var location = await world.ThreadAsync(author);
        for (var i = 0; i < 4; i++)
        {
            await world.ReplyAsync(author, location.ThreadId, $"Update number {i} on my range.");
        }

        await world.Interactions.MarkReadAsync(reader, location.ThreadId, 3);
        await world.Interactions.MarkReadAsync(reader, location.ThreadId, 2);

        var view = await world.Reader.GetThreadAsync(location.ThreadId, 1, new ForumViewer(reader, false));
        Assert.Equal((3, 4), (view!.LastReadNumber, view.FirstUnreadNumber!.Value));
        Assert.Equal(2, view.Thread.ViewCount);
    }

    [Fact]
    public async Task Following_can_be_turned_off_and_then_replies_no_longer_notify()
    {
        var author = await world.VeteranAsync("Lin");
        var helper = await world.VeteranAsync("Wang");
        var location = await world.ThreadAsync(author);

        Assert.True((await world.Interactions.SetFollowAsync(author, location.ThreadId, false)).Succeeded);
        await world.ReplyAsync(helper, location.ThreadId, "Try the eco climate mode.");

        await using var db = world.Database.CreateDbContext();
        Assert.False(await db.Notifications.AnyAsync());
    }

    [Fact]
    public async Task A_report_needs_text_for_other_and_is_filed_once()
    {
        var author = await world.VeteranAsync("Lin");
        var reporter = await world.VeteranAsync("Wang");
        var location = await world.ThreadAsync(author);

        var noText = await world.Interactions.ReportAsync(reporter, location.PostId, ReportReason.Other, "  ");
        var filed = await world.Interactions.ReportAsync(reporter, location.PostId, ReportReason.Spam, null);
        var twice = await world.Interactions.ReportAsync(reporter, location.PostId, ReportReason.Abusive, null);

        Assert.Equal(ForumProblems.ReportTextRequired, noText.For("Text")!.Code);
        Assert.True(filed.Succeeded);
        Assert.Equal(ForumProblems.AlreadyReported, Assert.Single(twice.Problems).Code);
        await using var db = world.Database.CreateDbContext();
        Assert.Equal(ReportReason.Spam, (await db.PostReports.SingleAsync()).Reason);
    }
}
