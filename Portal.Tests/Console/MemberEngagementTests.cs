using Microsoft.EntityFrameworkCore;
using Portal.Domain.Accounts;
using Portal.Domain.Engagement;
using Portal.Domain.Engagement.Reports;
using Portal.Domain.Forums;
using Portal.Domain.Events;
using Portal.Tests.Events;

namespace Portal.Tests.Console;

/// <summary>A member's engagement as an operator opens it: numbers, the timeline newest first, paging and the audit entry.</summary>
public sealed class MemberEngagementTests
{
    [Fact]
    public async Task The_timeline_lists_the_members_activity_newest_first_and_each_opening_is_audited_once()
    {
        await using var world = await EventWorld.CreateAsync();
        var database = world.Database;
        var member = (await world.MembersAsync(1, "Lin"))[0];
        var other = (await world.MembersAsync(1, "Wang"))[0];
        database.Clock.Advance(TimeSpan.FromDays(120));
        var now = database.Clock.GetUtcNow();
        var calendar = database.Get<EngagementCalendar>();
        var today = calendar.DayOf(now);
        await database.Get<IEngagementStore>().WriteAsync(
            [
                .. Enumerable.Repeat(EngagementKinds.ThreadViewed, 3).Select(kind => Event(calendar, member, kind, now.AddDays(-2))),
                .. Enumerable.Repeat(EngagementKinds.ArticleViewed, 2).Select(kind => Event(calendar, member, kind, now.AddDays(-2))),
                Event(calendar, member, EngagementKinds.EventViewed, now.AddDays(-40)),
                Event(calendar, member, EngagementKinds.ThreadViewed, now.AddDays(-100)),
                Event(calendar, other, EngagementKinds.ThreadViewed, now),
            ],
            0,
            CancellationToken.None);
        var (started, repliedIn) = await WriteThreadsAsync(world, member, other, now);
        var eventId = await world.PublishedAsync(world.Draft(startsIn: TimeSpan.FromHours(3)));
        var signup = await world.SignUpAsync(member, eventId);
        database.Clock.Advance(TimeSpan.FromHours(1));
        Assert.True((await database.Get<EventCheckIn>().CheckInAsync(world.OperatorId, eventId, signup.SignupId)).Succeeded);
        var engagement = database.Get<MemberEngagement>();

        var summary = await engagement.OpenAsync(world.OperatorId, member);

        Assert.NotNull(summary);
        Assert.Equal(LifecycleStage.Active, summary.Stage);
        Assert.Equal(now.AddDays(-2), summary.LastActiveAt);
        Assert.Equal(
            [new ActivityWindow(7, 1, 3, 2, 0, 5), new ActivityWindow(30, 1, 3, 2, 0, 5), new ActivityWindow(90, 2, 3, 2, 1, 6)],
            summary.Windows);
        var days = summary.Timeline.Days;
        Assert.Equal([today, today - 1, today - 2, today - 40], days.Select(d => d.Day));
        Assert.Equal([TimelineItemKind.CheckedIn, TimelineItemKind.SignedUp], days[0].Items.Select(i => i.Kind));
        Assert.Equal(EventUrls.Page(eventId, OwnerEvent.SlugFor(world.Draft().Title)), days[0].Items[0].Url);
        var reply = Assert.Single(days[1].Items);
        Assert.Equal((TimelineItemKind.Replied, repliedIn.Title, ForumUrls.Post(repliedIn.Id, repliedIn.Slug, 2)), (reply.Kind, reply.Title, reply.Url));
        Assert.Equal([new KindCount(EngagementKinds.ThreadViewed, 3), new KindCount(EngagementKinds.ArticleViewed, 2)], days[2].Counts);
        Assert.Equal((TimelineItemKind.ThreadStarted, started.Title), (days[2].Items.Single().Kind, days[2].Items.Single().Title));
        Assert.Equal(summary.Timeline.FirstDay, summary.Timeline.OlderBefore);

        var older = await engagement.OlderAsync(member, summary.Timeline.OlderBefore!.Value);
        Assert.Equal(today - 100, Assert.Single(older.Days).Day);
        Assert.Null(older.OlderBefore); // the member joined 120 days ago

        var entry = Assert.Single(await AuditAsync(world));
        Assert.Equal((world.OperatorId, "member", member), (entry.ActorId, entry.TargetType, entry.TargetId));
        Assert.Equal(database.Clock.GetUtcNow(), entry.At);
        await engagement.OpenAsync(world.OperatorId, member);
        Assert.Null(await engagement.OpenAsync(world.OperatorId, "no-such-member"));
        Assert.Equal(2, (await AuditAsync(world)).Count);
    }

    private static async Task<List<AuditEntry>> AuditAsync(EventWorld world)
    {
        await using var db = world.Database.CreateDbContext();
        return await db.AuditEntries.Where(a => a.Action == AuditActions.MemberEngagementViewed).ToListAsync();
    }

    /// <summary>A thread the member started two days ago, and a reply of theirs yesterday in someone else's thread.</summary>
    private static async Task<(ForumThread Started, ForumThread RepliedIn)> WriteThreadsAsync(EventWorld world, string member, string other, DateTimeOffset now)
    {
        await using var db = world.Database.CreateDbContext();
        var board = await db.Boards.Select(b => b.Id).FirstAsync();
        ForumThread Thread(string author, string title, DateTimeOffset at) =>
            new() { BoardId = board, AuthorId = author, Title = title, Slug = ForumThread.SlugFor(title), CreatedAt = at, LastActivityAt = at, LastPosterId = author };
        Post Post(ForumThread thread, int number, string author, DateTimeOffset at) =>
            new() { Thread = thread, Number = number, AuthorId = author, Body = "Body text here", BodyHtml = "<p>Body text here</p>", CreatedAt = at };
        var started = Thread(member, "Winter tyres for the estate", now.AddDays(-2));
        var repliedIn = Thread(other, "Charging at home", now.AddDays(-50));
        db.Posts.AddRange(Post(started, 1, member, started.CreatedAt), Post(repliedIn, 1, other, repliedIn.CreatedAt), Post(repliedIn, 2, member, now.AddDays(-1)));
        await db.SaveChangesAsync();
        return (started, repliedIn);
    }

    private static EngagementEvent Event(EngagementCalendar calendar, string memberId, string kind, DateTimeOffset at) => new()
    {
        At = at, Day = calendar.DayOf(at), Kind = kind, MemberId = memberId, TargetType = kind.Split('.')[0], TargetId = "1", AccountAgeDays = 100,
    };
}
