using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Portal.Domain.Accounts;
using Portal.Domain.Announcements;
using Portal.Domain.Engagement;
using Portal.Domain.Experiments;
using Portal.Domain.Messaging;
using Portal.Domain.Notifications;
using Portal.Domain.Segments;
using Portal.Tests.Messaging;

namespace Portal.Tests.Announcements;

/// <summary>
/// Announcements on a real database with a fake clock: the segment evaluated at send time, the deterministic holdout that
/// gets nothing, the privacy floor refusing small broadcasts, scheduling, a restart mid-send delivering nothing twice, the
/// audit entry, and the results (delivered, opened, clicked, came back against the holdout) with the floor on small counts.
/// </summary>
public sealed class AnnouncementTests : IAsyncLifetime
{
    private MessagingWorld world = default!;
    private string operatorId = "";

    public async Task InitializeAsync()
    {
        world = await MessagingWorld.CreateAsync();
        operatorId = await world.Database.CreateMemberAsync("Operator", Roles.Operator);
    }

    public async Task DisposeAsync() => await world.DisposeAsync();

    [Fact]
    public async Task The_segment_is_evaluated_at_send_time_and_the_holdout_gets_nothing()
    {
        var shanghai = await MembersAsync(40, "上海");
        var beijing = await MembersAsync(3, "北京");
        var segmentId = await SegmentAsync("Shanghai", "上海");
        var id = await DraftAsync(segmentId, share: 0.25);

        // Two more join the segment after the draft was written: the send sees them.
        shanghai.AddRange(await MembersAsync(2, "上海"));
        Assert.True((await Service.ScheduleAsync(id, null, operatorId)).Succeeded);
        Assert.Equal(1, await world.Database.Get<AnnouncementSender>().SendDueAsync());

        var key = Holdout.AnnouncementKey(id);
        var heldOut = shanghai.Where(m => Holdout.IsHeldOut(key, m, 0.25)).ToHashSet();
        Assert.InRange(heldOut.Count, 4, 20);
        await using var db = world.Database.CreateDbContext();
        var announcement = await db.Announcements.SingleAsync(a => a.Id == id);
        Assert.Equal((AnnouncementStatus.Sent, 42, heldOut.Count), (announcement.Status, announcement.Audience, announcement.HeldOut));
        var notified = await db.Notifications.Where(n => n.Kind == NotificationKind.Message).Select(n => n.RecipientId).ToListAsync();
        Assert.Equal(shanghai.Except(heldOut).Order(), notified.Order());
        Assert.Empty(notified.Intersect(beijing));
        Assert.Equal(heldOut.Order(), (await db.AnnouncementRecipients.Where(r => r.AnnouncementId == id && r.HeldOut).Select(r => r.MemberId).ToListAsync()).Order());

        var audit = await db.AuditEntries.SingleAsync(a => a.Action == AuditActions.AnnouncementScheduled);
        Assert.Equal((operatorId, id.ToString(CultureInfo.InvariantCulture)), (audit.ActorId, audit.TargetId));
    }

    [Fact]
    public async Task A_broadcast_to_fewer_members_than_the_floor_is_refused_when_scheduled_and_when_sent()
    {
        var few = await MembersAsync(4, "杭州");
        var id = await DraftAsync(await SegmentAsync("Hangzhou", "杭州"));
        var refused = await Service.ScheduleAsync(id, null, operatorId);
        Assert.Equal(AnnouncementProblems.TooFewMembers, Assert.Single(refused.Problems).Code);

        // Enough at scheduling time, then two move away before it goes: it returns to draft, saying why, and sends nothing.
        var more = await MembersAsync(2, "杭州");
        Assert.True((await Service.ScheduleAsync(id, world.Database.Clock.GetUtcNow().AddHours(1), operatorId)).Succeeded);
        await using (var db = world.Database.CreateDbContext())
        {
            var leaving = new[] { few[0], more[0] };
            await db.Users.Where(u => leaving.Contains(u.Id)).ExecuteUpdateAsync(s => s.SetProperty(u => u.City, "北京"));
        }

        world.Database.Clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(0, await world.Database.Get<AnnouncementSender>().SendDueAsync());
        var announcement = await Service.GetAsync(id);
        Assert.Equal((AnnouncementStatus.Draft, AnnouncementProblems.TooFewMembers), (announcement!.Status, announcement.Problem));
        await using var read = world.Database.CreateDbContext();
        Assert.False(await read.MessageDeliveries.AnyAsync());
    }

    [Fact]
    public async Task A_scheduled_announcement_waits_for_its_time_and_a_restart_mid_send_delivers_nothing_twice()
    {
        await MembersAsync(12, "上海");
        var id = await DraftAsync(await SegmentAsync("Shanghai", "上海"), share: 0);
        var sender = world.Database.Get<AnnouncementSender>();
        Assert.True((await Service.ScheduleAsync(id, world.Database.Clock.GetUtcNow().AddDays(1), operatorId)).Succeeded);
        Assert.Equal(0, await sender.SendDueAsync());

        world.Database.Clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(1, await sender.SendDueAsync());

        // As if the node died before the last status write: it is Sending again; the next pass finishes it, with no second message.
        await using (var db = world.Database.CreateDbContext())
        {
            await db.Announcements.Where(a => a.Id == id).ExecuteUpdateAsync(s => s.SetProperty(a => a.Status, AnnouncementStatus.Sending));
        }

        Assert.Equal(1, await sender.SendDueAsync());
        await using var read = world.Database.CreateDbContext();
        Assert.Equal(12, await read.MessageDeliveries.CountAsync());
        Assert.Equal(12, await read.Notifications.CountAsync());
        Assert.Equal(AnnouncementStatus.Sent, (await read.Announcements.SingleAsync()).Status);
    }

    [Fact]
    public async Task Results_count_the_send_log_and_compare_who_came_back_with_the_holdout()
    {
        var members = await MembersAsync(60, "上海");
        var id = await DraftAsync(await SegmentAsync("Shanghai", "上海"), share: 0.5);
        await Service.ScheduleAsync(id, null, operatorId);
        await world.Database.Get<AnnouncementSender>().SendDueAsync();
        var key = Holdout.AnnouncementKey(id);
        var treated = members.Where(m => !Holdout.IsHeldOut(key, m, 0.5)).ToList();
        var held = members.Except(treated).ToList();

        // Eight treated members open it, two of them click; some of each group are active in the week after the send day.
        var opened = await OpenAsync(treated.Take(8), clicks: 2);
        var calendar = world.Database.Get<EngagementCalendar>();
        var sendDay = calendar.DayOf(world.Database.Clock.GetUtcNow());
        await ActiveAsync(treated.Take(12), sendDay + 3);
        await ActiveAsync(treated.Skip(12).Take(2), sendDay); // the send day itself does not count
        await ActiveAsync(held.Take(6), sendDay + 7);
        await ActiveAsync(held.Skip(6).Take(3), sendDay + 8); // after the window

        var results = await world.Database.Get<AnnouncementResultsReader>().ReadAsync(id);
        Assert.NotNull(results);
        Assert.Equal(treated.Count, results.Delivered);
        Assert.Equal(opened, results.Opened);
        Assert.Null(results.Clicked); // two members: under the privacy floor
        Assert.Equal((treated.Count, 12), (results.Treated.Members, results.Treated.CameBack));
        Assert.Equal((held.Count, 6), (results.Holdout.Members, results.Holdout.CameBack));
        Assert.Equal(ProportionComparison.Compare(treated.Count, 12, held.Count, 6), results.CameBack);
        Assert.False(results.WindowComplete);
        world.Database.Clock.Advance(TimeSpan.FromDays(9));
        Assert.True((await world.Database.Get<AnnouncementResultsReader>().ReadAsync(id))!.WindowComplete);
    }

    [Fact]
    public async Task The_composer_refuses_missing_text_a_foreign_link_and_a_big_holdout()
    {
        var result = await Service.CreateAsync(
            new AnnouncementInput(null, " ", "标题", "Body", "", "https://evil.example/x", MessageCategory.Community, false, 0.6), operatorId);
        Assert.Equal(["BodyChinese", "HoldoutShare", "Link", "SegmentId", "TitleEnglish"], result.Problems.Select(p => p.Field!).Order(StringComparer.Ordinal));
        await using var db = world.Database.CreateDbContext();
        Assert.False(await db.Announcements.AnyAsync());
    }

    private AnnouncementService Service => world.Database.Get<AnnouncementService>();

    private async Task<List<string>> MembersAsync(int count, string city)
    {
        var ids = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var id = await world.MemberAsync();
            await using var db = world.Database.CreateDbContext();
            await db.Users.Where(u => u.Id == id).ExecuteUpdateAsync(s => s.SetProperty(u => u.City, city));
            ids.Add(id);
        }

        return ids;
    }

    private async Task<int> SegmentAsync(string name, string city)
    {
        var created = await world.Database.Get<SegmentService>().CreateAsync(new SegmentInput(name, null, SegmentDefinition.AllOf(new RegionCondition(city))), operatorId, CancellationToken.None);
        return created.Value!.Id;
    }

    private async Task<int> DraftAsync(int segmentId, double share = Holdout.DefaultShare)
    {
        var created = await Service.CreateAsync(
            new AnnouncementInput(segmentId, "Winter meetup", "冬季聚会", "Come **along**.", "欢迎**参加**。", "/events", MessageCategory.Events, false, share), operatorId);
        Assert.True(created.Succeeded, string.Join(", ", created.Problems.Select(p => p.Code)));
        return created.Value!.Id;
    }

    private async Task<int> OpenAsync(IEnumerable<string> members, int clicks)
    {
        var messages = world.Database.Get<MemberMessages>();
        await using var db = world.Database.CreateDbContext();
        var count = 0;
        foreach (var member in members)
        {
            var deliveryId = await db.MessageDeliveries.Where(d => d.MemberId == member).Select(d => d.Id).SingleAsync();
            Assert.NotNull(await messages.OpenAsync(member, deliveryId, chinese: false));
            if (count++ < clicks)
            {
                Assert.Equal("/events", await messages.ClickAsync(member, deliveryId, "/events"));
            }
        }

        return count;
    }

    private async Task ActiveAsync(IEnumerable<string> members, int day)
    {
        await using var db = world.Database.CreateDbContext();
        db.EngagementMemberDays.AddRange(members.Select(m => new EngagementMemberDay { MemberId = m, Day = day, Kind = EngagementKinds.PageViewed, Count = 1 }));
        await db.SaveChangesAsync();
    }
}
