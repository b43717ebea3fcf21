using Microsoft.EntityFrameworkCore;
using Portal.Domain.Accounts;
using Portal.Domain.Forums;

namespace Portal.Tests.Forums;

/// <summary>A member's page lists their threads, replies and clubs, but only what the viewer may read.</summary>
public sealed class MemberForumActivityTests
{
    [Fact]
    public async Task Recent_posts_leave_out_hidden_and_deleted_posts_and_posts_in_hidden_threads_except_for_moderators()
    {
        await using var world = await ForumWorld.CreateAsync();
        var member = await world.VeteranAsync("Chen");
        var other = await world.VeteranAsync("Wang");
        var own = await world.ThreadAsync(member, "My winter range log", "About my winter range log, in detail.");
        var hiddenThread = await world.ThreadAsync(member, "A thread moderators hid", "About a thread moderators hid, in detail.");
        var elsewhere = await world.ThreadAsync(other, "Which wallbox do you use?", "About which wallbox do you use?, in detail.");
        var reply = await world.ReplyAsync(member, elsewhere.ThreadId, "The 11 kW one, no regrets.");
        var hiddenReply = await world.ReplyAsync(member, elsewhere.ThreadId, "Something rude that was hidden.");
        var deleted = await world.ReplyAsync(member, elsewhere.ThreadId, "Posted twice, removed it.");
        await using (var db = world.Database.CreateDbContext())
        {
            await db.Threads.Where(t => t.Id == hiddenThread.ThreadId).ExecuteUpdateAsync(s => s.SetProperty(t => t.IsHidden, true).SetProperty(t => t.HiddenReason, "Off topic"));
            await db.Posts.Where(p => p.Id == hiddenReply.PostId).ExecuteUpdateAsync(s => s.SetProperty(p => p.IsHidden, true));
            await db.Posts.Where(p => p.Id == deleted.PostId).ExecuteUpdateAsync(s => s.SetProperty(p => p.IsDeleted, true));
        }

        var activity = world.Database.Get<MemberForumActivity>();
        var seen = await activity.RecentPostsAsync(member, new ForumViewer(other, false), 10);
        var moderated = await activity.RecentPostsAsync(member, new ForumViewer(other, true), 10);

        Assert.Equal([(elsewhere.ThreadId, 2), (own.ThreadId, 1)], seen.Select(p => (p.ThreadId, p.Number)));
        Assert.False(seen[0].StartedThread);
        Assert.Equal("The 11 kW one, no regrets.", seen[0].Excerpt);
        Assert.Equal(reply.Url, seen[0].Url);
        Assert.True(seen[1].StartedThread);
        Assert.Equal(ForumUrls.Thread(own.ThreadId, own.Slug), seen[1].Url);
        Assert.Equal(4, moderated.Count);
        Assert.Equal(seen.Take(1).Select(p => p.Number), (await activity.RecentPostsAsync(member, ForumViewer.Anonymous, 1)).Select(p => p.Number));
    }

    [Fact]
    public async Task Clubs_are_the_clubs_of_the_models_driven_then_the_boards_posted_in_counting_visible_posts()
    {
        await using var world = await ForumWorld.CreateAsync();
        var member = await world.VeteranAsync("Chen");
        var stranger = await world.VeteranAsync("Nobody");
        await world.Database.InsertVehicleAsync(member, vin: null, modelId: 2);
        var thread = await world.ThreadAsync(member, "My winter range log", "About my winter range log, in detail.");
        await world.ReplyAsync(member, thread.ThreadId, "Update: 15 % less at -5 °C.");
        var hidden = await world.ReplyAsync(member, thread.ThreadId, "A hidden one.");
        await using (var db = world.Database.CreateDbContext())
        {
            await db.Posts.Where(p => p.Id == hidden.PostId).ExecuteUpdateAsync(s => s.SetProperty(p => p.IsHidden, true));
        }

        var clubs = await world.Database.Get<MemberForumActivity>().ClubsAsync(member, ForumViewer.Anonymous);

        await using var read = world.Database.CreateDbContext();
        var club = await read.Boards.SingleAsync(b => b.Kind == BoardKind.ModelClub && b.ModelId == 2);
        Assert.Equal([(club.Slug, true, 0), ("charging-range", false, 2)], clubs.Select(c => (c.Slug, c.Drives, c.Posts)));
        Assert.Empty(await world.Database.Get<MemberForumActivity>().ClubsAsync(stranger, ForumViewer.Anonymous));
    }
}
