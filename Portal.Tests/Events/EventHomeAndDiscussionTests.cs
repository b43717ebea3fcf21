using Microsoft.EntityFrameworkCore;
using Portal.Domain.Events;
using Portal.Domain.Forums;

namespace Portal.Tests.Events;

/// <summary>The home page's events near the viewer (or the popular ones), and every published event's discussion thread.</summary>
public sealed class EventHomeAndDiscussionTests
{
    [Fact]
    public async Task Events_near_the_member_come_from_their_city_in_either_name_else_the_most_signed_up_ones()
    {
        await using var world = await EventWorld.CreateAsync();
        var shanghai = await world.PublishedAsync();
        var beijingDraft = world.Draft(capacity: 50);
        beijingDraft.City = "北京";
        beijingDraft.Title = "Beijing winter meet-up";
        var beijing = await world.PublishedAsync(beijingDraft);
        var past = await world.PublishedAsync();
        await using (var db = world.Database.CreateDbContext())
        {
            var now = world.Database.Clock.GetUtcNow();
            await db.Events.Where(e => e.Id == past).ExecuteUpdateAsync(s => s.SetProperty(e => e.StartsAt, now.AddDays(-20)).SetProperty(e => e.EndsAt, now.AddDays(-20).AddHours(2)));
        }

        var members = await world.MembersAsync(4);
        await world.SignUpAsync(members[0], beijing, guests: 2);
        await world.SignUpAsync(members[1], shanghai);
        await SetCityAsync(world, members[2], " Shanghai ");
        await SetCityAsync(world, members[3], "成都");

        var near = await world.Reader.ForHomeAsync(members[2], 4);
        var elsewhere = await world.Reader.ForHomeAsync(members[3], 4);
        var anonymous = await world.Reader.ForHomeAsync(null, 1);

        Assert.Equal("Shanghai", near.City);
        Assert.Equal([shanghai], near.Events.Select(e => e.Id));
        Assert.Null(elsewhere.City);
        Assert.Equal([beijing, shanghai], elsewhere.Events.Select(e => e.Id));
        Assert.DoesNotContain(past, elsewhere.Events.Select(e => e.Id));
        Assert.Equal([beijing], anonymous.Events.Select(e => e.Id));
    }

    [Fact]
    public async Task A_weekly_series_shows_once_at_its_next_occurrence()
    {
        await using var world = await EventWorld.CreateAsync();
        var draft = world.Draft();
        draft.Repeat = EventRepeat.Weekly;
        draft.Occurrences = 3;
        var first = (await world.Studio.CreateAsync(world.EditorId, draft)).Value;
        await using (var db = world.Database.CreateDbContext())
        {
            foreach (var id in await db.Events.Select(e => e.Id).ToListAsync())
            {
                Assert.True((await world.Studio.PublishAsync(world.EditorId, id)).Succeeded);
            }
        }

        var single = await world.PublishedAsync();

        Assert.Equal([first, single], (await world.Reader.ForHomeAsync(null, 4)).Events.Select(e => e.Id).Order());
    }

    [Fact]
    public async Task Publishing_opens_the_events_discussion_in_the_events_board_and_the_page_shows_its_latest_replies_until_it_is_hidden()
    {
        await using var world = await EventWorld.CreateAsync();
        var created = await world.Studio.CreateAsync(world.EditorId, world.Draft());
        Assert.Null((await world.Reader.GetAsync(created.Value, includeDrafts: true))!.Discussion);
        Assert.True((await world.Studio.PublishAsync(world.EditorId, created.Value)).Succeeded);
        Assert.True((await world.Studio.PublishAsync(world.EditorId, created.Value)).Succeeded); // again: still one thread
        var eventId = created.Value;

        var detail = await world.Reader.GetAsync(eventId, includeDrafts: false);

        var discussion = detail!.Discussion!;
        Assert.Equal(0, discussion.ReplyCount);
        await using var db = world.Database.CreateDbContext();
        var thread = await db.Threads.Include(t => t.Board).SingleAsync(t => t.Id == discussion.ThreadId);
        Assert.Equal((BoardCatalog.EventsTalk, "Owners' meet-up at the West Bund", world.EditorId), (thread.Board!.Slug, thread.Title, thread.AuthorId));
        Assert.Equal(1, await db.Threads.CountAsync(t => t.BoardId == thread.BoardId));
        Assert.Contains(detail.Card.Url, (await db.Posts.SingleAsync(p => p.ThreadId == thread.Id)).BodyHtml, StringComparison.Ordinal);

        var member = (await world.MembersAsync(1))[0];
        await db.Users.Where(u => u.Id == member).ExecuteUpdateAsync(s => s.SetProperty(u => u.JoinedAt, world.Database.Clock.GetUtcNow().AddDays(-30)).SetProperty(u => u.EmailConfirmed, true));
        Assert.True((await world.Database.Get<ForumService>().ReplyAsync(member, thread.Id, "Is there parking near the venue?")).Succeeded);
        var replied = (await world.Reader.GetAsync(eventId, includeDrafts: false))!.Discussion!;
        Assert.Equal(1, replied.ReplyCount);
        Assert.Equal("Is there parking near the venue?", Assert.Single(replied.Latest).Excerpt);

        await db.Threads.Where(t => t.Id == thread.Id).ExecuteUpdateAsync(s => s.SetProperty(t => t.IsHidden, true).SetProperty(t => t.HiddenReason, "Spam"));
        Assert.Null((await world.Reader.GetAsync(eventId, includeDrafts: false))!.Discussion);
    }

    private static async Task SetCityAsync(EventWorld world, string memberId, string city)
    {
        await using var db = world.Database.CreateDbContext();
        await db.Users.Where(u => u.Id == memberId).ExecuteUpdateAsync(s => s.SetProperty(u => u.City, city));
    }
}
