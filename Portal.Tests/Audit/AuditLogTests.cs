using Microsoft.EntityFrameworkCore;
using Portal.Domain.Accounts;
using Portal.Domain.Audit;
using Portal.Domain.Engagement;
using Portal.Domain.Engagement.Reports;

namespace Portal.Tests.Audit;

/// <summary>The audit log names what each writer touched, reads gone things as deleted, and filters and pages on a real database.</summary>
public sealed class AuditLogTests : IAsyncLifetime
{
    private AuditWorld world = default!;

    public async Task InitializeAsync() => world = await AuditWorld.CreateAsync();

    public async Task DisposeAsync() => await world.DisposeAsync();

    [Fact]
    public async Task Every_target_type_is_named_from_what_its_writer_recorded()
    {
        await world.WriteEveryActionAsync();

        var lines = (await world.Log.PageAsync(new AuditQuery())).Lines;

        Assert.All(lines, l => Assert.Equal((AuditTargetKind.Member, world.OperatorId, "Operator Zhou"), (l.Actor.Kind, l.Actor.Id, l.Actor.Name)));
        var granted = Single(lines, AuditActions.RoleGranted);
        Assert.Equal((AuditTargetKind.Member, world.WangId, "王伟", Roles.Editor), (granted.Target.Kind, granted.Target.Id, granted.Target.Name, granted.Note));
        var car = Single(lines, AuditActions.VehicleVerified).Target;
        Assert.Equal((AuditTargetKind.Vehicle, "Aurelia Vela", 2024, world.WangId, "王伟"), (car.Kind, car.Name, car.Number, car.OwnerId, car.OwnerName));
        var answer = Single(lines, AuditActions.OfficialAnswer).Target;
        Assert.Equal((AuditTargetKind.Post, "Winter range on the Vela", 2, world.Thread.ThreadId, world.Thread.Slug), (answer.Kind, answer.Name, answer.Number, answer.ThreadId, answer.Slug));
        var locked = Single(lines, AuditActions.ThreadLocked).Target;
        Assert.Equal((AuditTargetKind.Thread, "Winter range on the Vela", world.Thread.ThreadId, world.Thread.Slug), (locked.Kind, locked.Name, locked.ThreadId, locked.Slug));
        Assert.Equal("Duplicate of the pinned range thread", Single(lines, AuditActions.ThreadHidden).Note);
        Assert.Equal("Personal details", lines.Single(l => l.Action == AuditActions.PostHidden && l.Target.Number == 2).Note);
        var moved = Single(lines, AuditActions.ThreadMoved);
        Assert.Equal((world.To.Name, world.To.NameZh, world.To.Slug), (moved.To!.Name, moved.To.NameZh, moved.To.Slug));
        Assert.Equal(AuditTargetKind.Board, moved.From!.Kind);
        Assert.False(moved.From.Deleted);
        Assert.NotEqual(moved.To.Id, moved.From.Id);
        Assert.Equal(2, Single(lines, AuditActions.ReportDismissed).Target.Number);
        var silenced = Single(lines, AuditActions.MemberSilenced);
        Assert.Equal(("王伟", 7, "Selling chargers"), (silenced.Target.Name, silenced.Number, silenced.Note));
        Assert.Equal("王伟", Single(lines, AuditActions.MemberEngagementViewed).Target.Name);
        var exports = lines.Where(l => l.Action == AuditActions.ConsoleExported).Select(l => (l.Target.Kind, l.Target.Name)).ToList();
        Assert.Equal([(AuditTargetKind.Segment, "Vela owners in Shanghai"), (AuditTargetKind.Report, OverviewReports.Actives)], exports);
        var looks = lines.Where(l => l.Action == AuditActions.SegmentMembersViewed).Select(l => (l.Target.Kind, l.Target.Name)).ToList();
        Assert.Equal([(AuditTargetKind.UnsavedSegment, "new"), (AuditTargetKind.Segment, "Vela owners in Shanghai")], looks);
        var announcement = Single(lines, AuditActions.AnnouncementScheduled);
        Assert.Equal(("Spring charging meetup", "春季充电聚会", "Vela owners in Shanghai"), (announcement.Target.Name, announcement.Target.NameZh, announcement.Note));
        Assert.Equal("Welcome new owners", Single(lines, AuditActions.JourneyStopped).Target.Name);
    }

    [Fact]
    public async Task Things_that_are_gone_read_as_deleted_not_as_ids()
    {
        await world.WriteEveryActionAsync();
        await using (var db = world.Database.CreateDbContext())
        {
            await db.Vehicles.ExecuteDeleteAsync();
            await db.Announcements.ExecuteDeleteAsync();
            await db.Segments.ExecuteDeleteAsync();
            await db.Journeys.ExecuteDeleteAsync();
        }

        var lines = (await world.Log.PageAsync(new AuditQuery())).Lines;

        foreach (var action in new[] { AuditActions.VehicleVerified, AuditActions.AnnouncementScheduled, AuditActions.JourneyStarted })
        {
            Assert.True(Single(lines, action).Target.Deleted, action);
        }

        Assert.All(lines.Where(l => l.Target.Kind == AuditTargetKind.Segment), l => Assert.True(l.Target.Deleted));
        Assert.False(Single(lines, AuditActions.ThreadPinned).Target.Deleted);
    }

    [Fact]
    public async Task Filters_by_actor_action_and_local_days_and_pages_fifty_at_a_time()
    {
        var other = await world.Database.CreateMemberAsync("Editor Sun", Roles.Editor);
        for (var i = 0; i < 120; i++)
        {
            await world.WriteAsync(i % 2 == 0 ? AuditActions.ThreadLocked : AuditActions.ThreadPinned, "thread", world.Thread.ThreadId, null, i < 100 ? world.OperatorId : other);
        }

        var log = world.Log;
        var all = await log.PageAsync(new AuditQuery(Page: 3));
        Assert.Equal((120, 3, 3, 20), (all.Total, all.PageCount, all.Page, all.Lines.Count));
        Assert.True(all.Lines.Zip(all.Lines.Skip(1)).All(p => p.First.At > p.Second.At), "newest first");
        Assert.Equal(3, (await log.PageAsync(new AuditQuery(Page: 9))).Page);
        Assert.Equal(20, (await log.PageAsync(new AuditQuery(ActorId: other))).Total);
        Assert.Equal(60, (await log.PageAsync(new AuditQuery(Action: AuditActions.ThreadLocked))).Total);
        Assert.Equal(10, (await log.PageAsync(new AuditQuery(other, AuditActions.ThreadPinned))).Total);
        Assert.Equal(["Editor Sun", "Operator Zhou"], (await log.ActorsAsync()).Select(a => a.Name));
    }

    [Fact]
    public async Task Days_run_midnight_to_midnight_in_the_communitys_zone()
    {
        var calendar = world.Database.Get<EngagementCalendar>();
        var day = calendar.DayOf(world.Database.Clock.GetUtcNow()) + 1;
        var midnight = calendar.StartOf(day);
        world.Database.Clock.Advance(midnight.AddMinutes(-2) - world.Database.Clock.GetUtcNow());
        await world.WriteAsync(AuditActions.ThreadLocked, "thread", world.Thread.ThreadId, null); // 23:59 the day before
        await world.WriteAsync(AuditActions.ThreadUnlocked, "thread", world.Thread.ThreadId, null); // 00:00, the day itself
        world.Database.Clock.Advance(TimeSpan.FromDays(1) - TimeSpan.FromMinutes(1));
        await world.WriteAsync(AuditActions.ThreadPinned, "thread", world.Thread.ThreadId, null); // 00:00 the day after
        var date = EngagementCalendar.DateOf(day);

        var that = await world.Log.PageAsync(new AuditQuery(From: date, To: date));
        var since = await world.Log.PageAsync(new AuditQuery(From: date));
        var until = await world.Log.PageAsync(new AuditQuery(To: date));

        Assert.Equal([AuditActions.ThreadUnlocked], that.Lines.Select(l => l.Action));
        Assert.Equal([AuditActions.ThreadPinned, AuditActions.ThreadUnlocked], since.Lines.Select(l => l.Action));
        Assert.Equal([AuditActions.ThreadUnlocked, AuditActions.ThreadLocked], until.Lines.Select(l => l.Action));
    }

    private static AuditLine Single(IEnumerable<AuditLine> lines, string action) => Assert.Single(lines, l => l.Action == action);
}
