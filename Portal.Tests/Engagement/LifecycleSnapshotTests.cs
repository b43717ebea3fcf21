using Microsoft.EntityFrameworkCore;
using Portal.Domain.Engagement;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Engagement;

/// <summary>The weekly lifecycle snapshot: every member's stage from their join date and last active day, with a fake clock.</summary>
public sealed class LifecycleSnapshotTests
{
    [Fact]
    public async Task Members_are_new_active_at_risk_or_dormant_by_the_configured_thresholds()
    {
        await using var database = await TestDatabase.CreateAsync();
        var active = await database.CreateMemberAsync("Active");
        var atRisk = await database.CreateMemberAsync("At risk");
        var dormant = await database.CreateMemberAsync("Dormant");
        await database.InsertVehicleAsync(active, vin: null, verified: true, modelId: 3);
        database.Clock.Advance(TimeSpan.FromDays(90));
        var newcomer = await database.CreateMemberAsync("New");
        database.Clock.Advance(TimeSpan.FromDays(10));
        var calendar = database.Get<EngagementCalendar>();
        var now = database.Clock.GetUtcNow();
        await database.Get<IEngagementStore>().WriteAsync([Activity(calendar, active, now.AddDays(-5)), Activity(calendar, atRisk, now.AddDays(-50))], 0, CancellationToken.None);

        var today = calendar.DayOf(now);
        await database.Get<IEngagementStore>().SnapshotLifecycleAsync(today, CancellationToken.None);

        await using var db = database.CreateDbContext();
        var week = EngagementCalendar.WeekOf(today);
        var overall = await db.EngagementLifecycleWeeks.Where(l => l.Week == week && l.Dimension == "").ToDictionaryAsync(l => l.Stage, l => l.Members);
        Assert.Equal(new Dictionary<LifecycleStage, int> { [LifecycleStage.New] = 1, [LifecycleStage.Active] = 1, [LifecycleStage.AtRisk] = 1, [LifecycleStage.Dormant] = 1 }, overall);
        var verified = await db.EngagementLifecycleWeeks.SingleAsync(l => l.Week == week && l.Dimension == SegmentDimensions.Verified && l.Value == SegmentDimensions.Yes);
        Assert.Equal((LifecycleStage.Active, 1), (verified.Stage, verified.Members));
        var stages = await db.EngagementProfiles.ToDictionaryAsync(p => p.MemberId, p => p.Stage);
        Assert.Equal([LifecycleStage.Active, LifecycleStage.AtRisk, LifecycleStage.Dormant, LifecycleStage.New], [stages[active], stages[atRisk], stages[dormant], stages[newcomer]]);
        Assert.Equal("3", (await db.EngagementProfiles.SingleAsync(p => p.MemberId == active)).Models);
    }

    private static EngagementEvent Activity(EngagementCalendar calendar, string memberId, DateTimeOffset at) => new()
    {
        At = at,
        Day = calendar.DayOf(at),
        Kind = EngagementKinds.ThreadViewed,
        MemberId = memberId,
        TargetType = "thread",
        TargetId = "1",
        AccountAgeDays = 100,
    };
}
