using Microsoft.EntityFrameworkCore;
using Portal.Domain.Engagement;
using Portal.Domain.Events;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Seeding;

/// <summary>The demo community's year of engagement (read from the run's seeded template): enough for every console page, and true to the seeded content.</summary>
public sealed class EngagementSeedTests
{
    [Fact]
    public async Task The_demo_has_daily_actives_for_the_year_raw_events_only_within_the_retention_and_a_lifecycle_for_every_week()
    {
        await using var database = await TestDatabase.CreateSeededAsync();
        var today = database.Get<EngagementCalendar>().DayOf(database.Clock.GetUtcNow());

        await using var db = database.CreateDbContext();
        var days = await db.EngagementDailyActives.Where(a => a.Day > today - 365 && a.Day <= today && a.MemberDau > 0).CountAsync();
        Assert.True(days >= 355, $"{days} of the last 365 days have daily actives");
        Assert.True(await db.EngagementRollups.AnyAsync(r => r.Grain == RollupGrain.Day && r.Period <= today - 364), "day rollups reach back a year");

        var oldest = await db.EngagementEvents.MinAsync(e => (long?)e.Day);
        Assert.InRange(oldest ?? 0, today - 90, today - 85);
        Assert.False(await db.EngagementRollups.AnyAsync(r => r.Grain == RollupGrain.Hour && r.Period < EngagementCalendar.HourOf(database.Clock.GetUtcNow().AddDays(-90)) - 1));

        var weeks = await db.EngagementLifecycleWeeks.Where(l => l.Dimension == "").Select(l => l.Week).Distinct().CountAsync();
        Assert.InRange(weeks, 52, 53);
        var stages = await db.EngagementProfiles.GroupBy(p => p.Stage).ToDictionaryAsync(g => g.Key, g => g.Count());
        Assert.True(stages.GetValueOrDefault(LifecycleStage.AtRisk) >= 5 && stages.GetValueOrDefault(LifecycleStage.Dormant) >= 5 && stages.GetValueOrDefault(LifecycleStage.Active) >= 50,
            string.Join(", ", stages.Select(s => $"{s.Key}: {s.Value}")));
        Assert.True(await db.EngagementMemberWeeks.Select(w => w.Week).Distinct().CountAsync() >= 52, "retention cohorts have a year of weeks");
    }

    [Fact]
    public async Task The_demo_engagement_counts_the_seeded_threads_articles_and_event_sign_ups()
    {
        await using var database = await TestDatabase.CreateSeededAsync();
        await using var db = database.CreateDbContext();
        var rollups = await db.EngagementRollups.AsNoTracking().Where(r => r.Grain == RollupGrain.Day && r.TargetId != "").ToListAsync();

        var threadIds = (await db.Threads.Select(t => t.Id).ToListAsync()).Select(id => id.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToHashSet();
        var viewed = rollups.Where(r => r.Metric == EngagementKinds.ThreadViewed).Select(r => r.TargetId).ToHashSet();
        Assert.True(viewed.Count > 20 && viewed.IsSubsetOf(threadIds), "thread views are of seeded threads");
        Assert.Equal(await db.Threads.CountAsync(), rollups.Where(r => r.Metric == EngagementKinds.ThreadCreated).Sum(r => r.Count));
        Assert.True(rollups.Any(r => r.Metric == EngagementKinds.ArticleReadThrough), "articles are read through");

        var signups = await db.EventSignups.Where(s => s.Status != SignupStatus.Waitlisted).GroupBy(s => s.EventId).ToDictionaryAsync(g => g.Key.ToString(System.Globalization.CultureInfo.InvariantCulture), g => g.Count());
        var counted = rollups.Where(r => r.Metric == EngagementKinds.EventSignedUp).GroupBy(r => r.TargetId).ToDictionary(g => g.Key, g => g.Sum(r => r.Count));
        Assert.NotEmpty(counted);
        Assert.All(counted, c => Assert.InRange(c.Value, 1, signups[c.Key]));
        Assert.True(rollups.Any(r => r.Metric == EngagementKinds.EventCheckedIn), "past events have check-ins");
    }
}
