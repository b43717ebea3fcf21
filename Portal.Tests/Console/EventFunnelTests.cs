using Portal.Domain.Engagement;
using Portal.Domain.Engagement.Reports;
using Portal.Domain.Events;
using Portal.Tests.Events;

namespace Portal.Tests.Console;

/// <summary>Event funnels on a real database and the real sign-up service, with a fake clock.</summary>
public sealed class EventFunnelTests
{
    [Fact]
    public async Task An_events_funnel_counts_sign_ups_waitlist_promotions_check_ins_and_no_shows_once_it_has_ended()
    {
        await using var world = await EventWorld.CreateAsync();
        var eventId = await world.PublishedAsync(world.Draft(capacity: 6, maxGuests: 0));
        var members = await world.MembersAsync(9);
        var outcomes = new List<SignupOutcome>();
        foreach (var member in members)
        {
            outcomes.Add(await world.SignUpAsync(member, eventId));
        }

        Assert.Equal(3, outcomes.Count(o => o.Status == SignupStatus.Waitlisted));
        world.Database.Clock.Advance(TimeSpan.FromMinutes(5));
        Assert.True((await world.Signups.CancelAsync(members[0], eventId)).Succeeded); // members[6] promoted
        Assert.True((await world.Signups.CancelAsync(members[1], eventId)).Succeeded); // members[7] promoted
        var checkIn = world.Database.Get<EventCheckIn>();
        await world.AtTheDoorAsync(eventId);
        foreach (var i in new[] { 2, 3, 6 })
        {
            Assert.True((await checkIn.CheckInAsync(world.OperatorId, eventId, outcomes[i].SignupId)).Succeeded);
        }

        await RecordViewsAsync(world, eventId, 25);
        await RecordViewsAsync(world, eventId + 1000, 4); // another target: not this event's views
        var day = StartDay(world, eventId);
        var funnels = world.Database.Get<EventFunnels>();

        var before = Assert.Single((await funnels.ReportAsync(day - 1, day + 1)).Events);
        Assert.False(before.Ended);
        Assert.Equal((0L, 0L), (before.Counts.NoShows, before.Counts.EndedSignedUp));
        Assert.Null(before.Counts.NoShowRate);

        world.Database.Clock.Advance(TimeSpan.FromDays(11));
        var report = await funnels.ReportAsync(day - 1, day + 1);
        var funnel = Assert.Single(report.Events);
        Assert.True(funnel.Ended);
        Assert.Equal(25, funnel.Views);
        var c = funnel.Counts;
        Assert.Equal((9L, 6L, 3L, 6L, 3L), (c.Members!.Value, c.SignedUp!.Value, c.Attended!.Value, c.EndedSignedUp!.Value, c.NoShows!.Value));
        Assert.Equal((3L, 2L, 2L), (c.WaitlistJoins!.Value, c.Promotions!.Value, c.Cancelled!.Value));
        Assert.Equal(0.5, c.NoShowRate);
        Assert.Equal(2.0 / 3, c.WaitlistConversion!.Value, 6);
        Assert.Equal(c, report.Total.Counts);
        Assert.Equal(c, Assert.Single(report.Cities).Counts);
    }

    [Fact]
    public async Task Cities_sum_their_events_and_a_city_of_fewer_than_five_members_is_withheld()
    {
        await using var world = await EventWorld.CreateAsync();
        var shanghaiA = await world.PublishedAsync(world.Draft(capacity: 20));
        var shanghaiB = await world.PublishedAsync(world.Draft(capacity: 20));
        var beijingDraft = world.Draft(capacity: 20);
        beijingDraft.City = "北京";
        var beijing = await world.PublishedAsync(beijingDraft);
        await world.Studio.CreateAsync(world.EditorId, world.Draft()); // a draft: never in a funnel
        var members = await world.MembersAsync(8);
        foreach (var member in members.Take(4))
        {
            await world.SignUpAsync(member, shanghaiA);
        }

        foreach (var member in members.Skip(2).Take(4))
        {
            await world.SignUpAsync(member, shanghaiB); // two members at both: six distinct members in Shanghai
        }

        foreach (var member in members.Take(2))
        {
            await world.SignUpAsync(member, beijing);
        }

        await RecordViewsAsync(world, shanghaiA, 7);
        await RecordViewsAsync(world, shanghaiB, 5);
        await RecordViewsAsync(world, beijing, 3);
        var day = StartDay(world, shanghaiA);

        var report = await world.Database.Get<EventFunnels>().ReportAsync(day, day);

        Assert.Equal(3, report.Events.Count);
        Assert.All(report.Events, e => Assert.True(e.Counts.Withheld)); // four, four and two members each
        var shanghai = Assert.Single(report.Cities, c => c.City == "上海");
        Assert.Equal((2, 12L, 6L, 8L), (shanghai.Events, shanghai.Views, shanghai.Counts.Members!.Value, shanghai.Counts.SignedUp!.Value));
        var withheld = Assert.Single(report.Cities, c => c.City == "北京");
        Assert.Equal((1, 3L), (withheld.Events, withheld.Views));
        Assert.True(withheld.Counts.Withheld);
        Assert.Null(withheld.Counts.SignedUp);
        Assert.Equal((3, 15L, 6L, 10L), (report.Total.Events, report.Total.Views, report.Total.Counts.Members!.Value, report.Total.Counts.SignedUp!.Value));
        Assert.Empty((await world.Database.Get<EventFunnels>().ReportAsync(day + 1, day + 30)).Events);
    }

    private static int StartDay(EventWorld world, int eventId)
    {
        using var db = world.Database.CreateDbContext();
        return world.Database.Get<EngagementCalendar>().DayOf(db.Events.Single(e => e.Id == eventId).StartsAt);
    }

    /// <summary>Views over two days, as the pipeline stores them.</summary>
    private static async Task RecordViewsAsync(EventWorld world, int eventId, int views)
    {
        var calendar = world.Database.Get<EngagementCalendar>();
        var now = world.Database.Clock.GetUtcNow();
        var events = Enumerable.Range(0, views).Select(i => now.AddDays(-(i % 2))).Select(at => new EngagementEvent
        {
            At = at, Day = calendar.DayOf(at), Kind = EngagementKinds.EventViewed, VisitorId = "visitor", TargetType = "event",
            TargetId = eventId.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }).ToList();
        await world.Database.Get<IEngagementStore>().WriteAsync(events, 0, CancellationToken.None);
    }
}
