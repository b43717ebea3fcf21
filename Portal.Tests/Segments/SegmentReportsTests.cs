using Microsoft.EntityFrameworkCore;
using Portal.Domain.Engagement;
using Portal.Domain.Engagement.Reports;
using Portal.Domain.Events;
using Portal.Domain.Segments;
using Portal.Tests.Console;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Segments;

/// <summary>Daily sizes, the comparison of two segments and the member pages, on a real database with a fake clock.</summary>
public sealed class SegmentReportsTests
{
    [Fact]
    public async Task Sizes_are_recorded_once_per_local_day_and_the_trend_withholds_small_ones()
    {
        await using var database = await TestDatabase.CreateAsync();
        var op = await database.CreateMemberAsync("Operator");
        var novas = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            novas.Add(await database.CreateMemberAsync($"Nova {i}"));
            await database.InsertVehicleAsync(novas[^1], vin: null, modelId: 1);
        }

        var segment = (await database.Get<SegmentService>().CreateAsync(new SegmentInput("Nova", null, SegmentDefinition.AllOf(new OwnsModelCondition(1))), op, CancellationToken.None)).Value!;
        var sizes = database.Get<SegmentSizes>();
        var today = database.Get<EngagementCalendar>().DayOf(database.Clock.GetUtcNow());

        await sizes.RecordAsync(CancellationToken.None);
        database.Clock.Advance(TimeSpan.FromHours(1)); // the same local day: the reading is replaced, not added
        await using (var db = database.CreateDbContext())
        {
            await db.Vehicles.Where(v => v.OwnerId == novas[0]).ExecuteDeleteAsync();
        }

        await sizes.RecordAsync(CancellationToken.None);
        database.Clock.Advance(TimeSpan.FromDays(1));
        await sizes.RecordAsync(CancellationToken.None);

        var trend = await sizes.TrendAsync(segment.Id, ReportPeriod.Last(7, today + 1), CancellationToken.None);
        Assert.Equal(SegmentSizes.Report, trend!.Name);
        Assert.Equal([today, today + 1], trend.Rows.Select(r => (int)r.Cells[0].Number!.Value));
        Assert.All(trend.Rows, r => Assert.True(r.Cells[1].IsWithheld)); // 4 members: fewer than 5
        Assert.Null(await sizes.TrendAsync(segment.Id + 1, ReportPeriod.Last(7, today), CancellationToken.None));
        Assert.Equal(new Dictionary<int, int> { [segment.Id] = 4 }, await sizes.OnDayAsync(today, CancellationToken.None));
    }

    [Fact]
    public async Task Comparison_counts_activity_per_100_members_and_withholds_a_small_segment_entirely()
    {
        await using var database = await TestDatabase.CreateAsync();
        var op = await database.CreateMemberAsync("Operator");
        var calendar = database.Get<EngagementCalendar>();
        var today = calendar.DayOf(database.Clock.GetUtcNow());
        var world = new ReportWorld(database);
        var novas = new List<string>();
        for (var i = 0; i < 8; i++)
        {
            novas.Add(await database.CreateMemberAsync($"Nova {i}"));
            await database.InsertVehicleAsync(novas[^1], vin: null, modelId: 1);
            world.Add(EngagementKinds.PostCreated, "thread", 1, daysAgo: i < 5 ? 2 : 20, member: novas[^1]);
        }

        world.Add(EngagementKinds.ThreadCreated, "thread", 1, daysAgo: 40, member: novas[0]); // outside the 30 days
        await world.WriteAsync();
        await using (var db = database.CreateDbContext())
        {
            var e = new OwnerEvent { Title = "Meet", Slug = "meet", TimeZoneId = calendar.Zone.Id, City = "上海", CreatedById = op, StartsAt = database.Clock.GetUtcNow(), EndsAt = database.Clock.GetUtcNow().AddHours(1) };
            db.Events.Add(e);
            await db.SaveChangesAsync();
            db.EventSignups.AddRange(novas.Take(2).Select((m, i) => new EventSignup
            {
                EventId = e.Id, MemberId = m, Status = SignupStatus.Confirmed, Code = $"C{i}", SignedUpAt = calendar.StartOf(today - 3), CheckedInAt = i == 0 ? database.Clock.GetUtcNow() : null,
            }));
            await db.SaveChangesAsync();
        }

        var comparison = database.Get<SegmentComparison>();
        var table = await comparison.CompareAsync(SegmentDefinition.AllOf(new OwnsModelCondition(1)), SegmentDefinition.AllOf(new OwnsModelCondition(1), new EventCondition(EventParticipation.SignedUp, 30)), CancellationToken.None);

        var rows = table.Rows.ToDictionary(r => r.Key!, r => r.Cells);
        Assert.Equal(8, rows["members"][1].Number);
        Assert.Equal(5, rows["active-7"][1].Number);
        Assert.Equal(8, rows["active-30"][1].Number);
        Assert.Equal(100, rows["replies"][1].Number);
        Assert.Equal(0, rows["threads"][1].Number);
        Assert.Equal(25, rows["signups"][1].Number);
        Assert.Equal(13, rows["checkins"][1].Number); // 1 of 8, per 100, rounded
        Assert.Equal(8, rows[$"stage-{LifecycleStage.Active}"][1].Number);
        Assert.All(table.Rows, r => Assert.True(r.Cells[2].IsWithheld)); // segment B has 2 members
        Assert.Equal("Replies per 100 members, 30 days", rows["replies"][0].Text);
    }

    [Fact]
    public async Task Member_pages_cover_every_member_once_in_id_order_with_their_cars()
    {
        await using var database = await TestDatabase.CreateAsync();
        var ids = new List<string>();
        for (var i = 0; i < SegmentMembers.PageSize + 7; i++)
        {
            ids.Add(await database.CreateMemberAsync($"M{i}"));
        }

        await database.InsertVehicleAsync(ids[3], vin: null, verified: true, modelId: 2);
        await database.InsertVehicleAsync(ids[3], vin: "TESTVIN0000000009", modelId: 5);
        var pages = new List<IReadOnlyList<SegmentMemberRow>>();
        await foreach (var page in database.Get<SegmentMembers>().PagesAsync(SegmentDefinition.Everyone, CancellationToken.None))
        {
            pages.Add(page);
        }

        Assert.Equal([SegmentMembers.PageSize, 7], pages.Select(p => p.Count));
        Assert.Equal(ids.Order(StringComparer.Ordinal), pages.SelectMany(p => p).Select(r => r.Id));
        var withCars = pages.SelectMany(p => p).Single(r => r.Id == ids[3]);
        Assert.Equal([2, 5], withCars.ModelIds);
        Assert.True(withCars.Verified);
    }
}
