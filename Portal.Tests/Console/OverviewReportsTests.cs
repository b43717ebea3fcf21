using Portal.Domain.Engagement;
using Portal.Domain.Engagement.Reports;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Console;

/// <summary>The overview's numbers from events written through the real store over several local (Shanghai) days.</summary>
public sealed class OverviewReportsTests
{
    [Fact]
    public async Task Totals_per_day_series_and_previous_period_come_from_the_rollups_on_local_days()
    {
        await using var database = await TestDatabase.CreateAsync();
        var world = new ReportWorld(database);
        // This week (the last 7 local days): 3 threads, 5 replies, 2 sign-ups, 1 check-in. The week before: 1 thread, 2 replies.
        world.Add(EngagementKinds.ThreadCreated, "thread", 1, daysAgo: 0, localHour: 0) // 00:xx local is the previous day in UTC
            .Add(EngagementKinds.ThreadCreated, "thread", 2, daysAgo: 2)
            .Add(EngagementKinds.ThreadCreated, "thread", 3, daysAgo: 6, localHour: 23)
            .Repeat(5, EngagementKinds.PostCreated, "thread", 1, daysAgo: 1)
            .Repeat(2, EngagementKinds.EventSignedUp, "event", 9, daysAgo: 3)
            .Add(EngagementKinds.EventCheckedIn, "event", 9, daysAgo: 0)
            .Add(EngagementKinds.ThreadCreated, "thread", 4, daysAgo: 7, localHour: 23) // last day of the previous week
            .Repeat(2, EngagementKinds.PostCreated, "thread", 4, daysAgo: 10);
        await world.WriteAsync(dropped: 3);
        var reports = database.Get<OverviewReports>();
        var period = ReportPeriod.Last(7, world.Today);

        var kpis = await reports.KpisAsync(period);
        var activity = await reports.ActivityAsync(period);

        Assert.Equal(new Kpi(3, 1), kpis.Threads);
        Assert.Equal(new Kpi(5, 2), kpis.Replies);
        Assert.Equal(new Kpi(2, 0), kpis.Signups);
        Assert.Equal(new Kpi(1, 0), kpis.CheckIns);
        Assert.Equal(3, kpis.Dropped);
        Assert.Equal(["day", "threads", "replies", "signups", "checkins"], activity.Columns.Select(c => c.Key));
        Assert.Equal(period.EachDay.Select(d => (double?)d), activity.Rows.Select(r => r.Cells[0].Number));
        Assert.Equal([1, 0, 0, 0, 1, 0, 1], activity.Rows.Select(r => r.Cells[1].Number ?? -1));
        Assert.Equal([0, 0, 0, 0, 0, 5, 0], activity.Rows.Select(r => r.Cells[2].Number ?? -1));
        Assert.Equal([0, 0, 0, 2, 0, 0, 0], activity.Rows.Select(r => r.Cells[3].Number ?? -1));
        Assert.Equal([0, 0, 0, 0, 0, 0, 1], activity.Rows.Select(r => r.Cells[4].Number ?? -1));
    }

    [Fact]
    public async Task Members_active_and_new_members_are_withheld_below_the_privacy_floor()
    {
        await using var database = await TestDatabase.CreateAsync();
        var world = new ReportWorld(database);
        // Today six members are active, five of whom joined today; two days ago two members were active (a group of 2).
        for (var i = 0; i < 6; i++)
        {
            world.Add(EngagementKinds.ThreadViewed, "thread", 1, daysAgo: 0, member: $"m{i}", joinedDaysAgo: i < 5 ? 0 : 400);
        }

        world.Add(EngagementKinds.ThreadViewed, "thread", 1, daysAgo: 2, member: "m0", joinedDaysAgo: 0)
            .Add(EngagementKinds.ThreadViewed, "thread", 1, daysAgo: 2, member: "old", joinedDaysAgo: 400)
            .Add(EngagementKinds.ThreadViewed, "thread", 1, daysAgo: 2); // a visitor is not a member
        await world.WriteAsync();
        var reports = database.Get<OverviewReports>();
        var period = ReportPeriod.Last(7, world.Today);

        var actives = await reports.ActivesAsync(period);
        var stickiness = await reports.StickinessAsync(period);
        var joined = await reports.NewMembersAsync(period);
        var kpis = await reports.KpisAsync(period);

        var today = actives.Rows[^1].Cells;
        Assert.Equal((6d, 7d, 7d), (today[1].Number!.Value, today[2].Number!.Value, today[3].Number!.Value));
        var twoDaysAgo = actives.Rows[^3].Cells;
        Assert.True(twoDaysAgo[1].IsWithheld);
        Assert.True(twoDaysAgo[2].IsWithheld);
        Assert.Equal(0, actives.Rows[0].Cells[1].Number); // nobody active: 0 is shown
        Assert.Equal(6d / 7, stickiness.Rows[^1].Cells[1].Number!.Value, 6);
        Assert.True(stickiness.Rows[^3].Cells[1].IsWithheld);
        Assert.Equal(5, joined.Rows[^1].Cells[1].Number);
        Assert.All(joined.Rows.SkipLast(1), r => Assert.Equal(0, r.Cells[1].Number));
        Assert.Equal(new Kpi(5, 0), kpis.NewMembers);
        Assert.Equal(new Kpi(null, 0), kpis.DailyActive); // (6 + 2) / 7 days: fewer than 5 on average
        Assert.Equal(new Kpi(7, 0), kpis.WeeklyActive);
        Assert.Equal(new Kpi(7, 0), kpis.MonthlyActive);
        Assert.Equal(0, kpis.Dropped);
    }

    [Fact]
    public async Task An_empty_store_gives_zero_tables_without_activity()
    {
        await using var database = await TestDatabase.CreateAsync();
        var reports = database.Get<OverviewReports>();
        var period = ReportPeriod.Last(30, new ReportWorld(database).Today);

        Assert.False((await reports.ActivesAsync(period)).HasActivity);
        Assert.False((await reports.ActivityAsync(period)).HasActivity);
        Assert.Equal(30, (await reports.NewMembersAsync(period)).Rows.Count);
        Assert.Equal(new Kpi(0, 0), (await reports.KpisAsync(period)).Threads);
    }
}
