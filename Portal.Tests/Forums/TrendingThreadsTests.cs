using Microsoft.EntityFrameworkCore;
using Portal.Domain.Engagement;
using Portal.Domain.Forums;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Forums;

/// <summary>The home page's threads of the week, from the hourly per-thread rollups: weights, the 7-day window, hidden threads.</summary>
public sealed class TrendingThreadsTests
{
    [Fact]
    public async Task Replies_weigh_most_then_reactions_then_views_over_the_last_seven_days_and_hidden_threads_never_show()
    {
        await using var world = await ForumWorld.CreateAsync();
        var author = await world.VeteranAsync("Chen");
        var viewed = (await world.ThreadAsync(author, "Five views this week", "About five views this week, in detail.")).ThreadId;
        var discussed = (await world.ThreadAsync(author, "Two replies and a like", "About two replies and a like, in detail.")).ThreadId;
        var liked = (await world.ThreadAsync(author, "One like this week", "About one like this week, in detail.")).ThreadId;
        var hidden = (await world.ThreadAsync(author, "Hidden but very busy", "About hidden but very busy, in detail.")).ThreadId;
        var old = (await world.ThreadAsync(author, "Busy a fortnight ago", "About busy a fortnight ago, in detail.")).ThreadId;
        var now = world.Database.Clock.GetUtcNow();
        await using (var db = world.Database.CreateDbContext())
        {
            Rollup(db, EngagementKinds.ThreadViewed, viewed, now.AddHours(-2), 5);
            Rollup(db, EngagementKinds.PostCreated, discussed, now.AddDays(-6), 2);
            Rollup(db, EngagementKinds.ReactionAdded, discussed, now.AddHours(-1), 1);
            Rollup(db, EngagementKinds.ReactionAdded, liked, now.AddDays(-3), 1);
            Rollup(db, EngagementKinds.ThreadViewed, hidden, now.AddHours(-1), 500);
            Rollup(db, EngagementKinds.ThreadViewed, old, now.AddDays(-8), 1000);
            await db.SaveChangesAsync();
            await db.Threads.Where(t => t.Id == hidden).ExecuteUpdateAsync(s => s.SetProperty(t => t.IsHidden, true).SetProperty(t => t.HiddenReason, "Spam"));
        }

        var trending = await world.Database.Get<TrendingThreads>().ListAsync(5);

        Assert.Equal([discussed, viewed, liked], trending.Select(t => t.Id));
        var top = trending[0];
        Assert.Equal((2L, 1L, 0L), (top.Replies, top.Reactions, top.Views));
        Assert.Equal("Charging & range", top.BoardName);
        Assert.Equal("充电与续航", top.BoardNameZh);
        Assert.Single(await world.Database.Get<TrendingThreads>().ListAsync(1));
    }

    [Fact]
    public async Task A_quiet_week_has_no_trending_threads()
    {
        await using var world = await ForumWorld.CreateAsync();
        await world.ThreadAsync(await world.VeteranAsync("Chen"));

        Assert.Empty(await world.Database.Get<TrendingThreads>().ListAsync(5));
    }

    [Theory]
    [InlineData(EngagementKinds.PostCreated)]
    [InlineData(EngagementKinds.ReactionAdded)]
    [InlineData(EngagementKinds.ThreadViewed)]
    public async Task The_week_is_a_range_on_the_rollup_key_even_without_planner_statistics(string metric)
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = database.CreateDbContext();

        var plan = await QueryPlans.ExplainAsync(db, TrendingThreads.WeekSums(db, metric, EngagementCalendar.HourOf(database.Clock.GetUtcNow().AddDays(-7))).ToQueryString());

        Assert.Contains("sqlite_autoindex_EngagementRollups_1 (Grain=? AND Metric=? AND TargetType=? AND Period>?)", plan, StringComparison.Ordinal);
    }

    private static void Rollup(Portal.Domain.Data.PortalDbContext db, string metric, long threadId, DateTimeOffset at, long count) =>
        db.EngagementRollups.Add(new EngagementRollup
        {
            Grain = RollupGrain.Hour, Period = EngagementCalendar.HourOf(at), Metric = metric, TargetType = "thread", TargetId = threadId.ToString(System.Globalization.CultureInfo.InvariantCulture), Count = count,
        });
}
