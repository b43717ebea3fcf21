using Microsoft.EntityFrameworkCore;
using Portal.Domain.Engagement;
using Portal.Domain.Engagement.History;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Engagement;

/// <summary>
/// The large-history generator at a small size (300 synthetic owners, about 20,000 events over a year), written through
/// the real store as the benchmark command writes 10,000 owners and 5 million: the rollups equal a brute-force count over
/// the raw events it kept, and the history has the shape it promises.
/// </summary>
public sealed class EngagementHistoryTests
{
    private const int Days = 365;

    [Fact]
    public async Task Rollups_and_daily_actives_of_a_generated_year_equal_a_count_over_its_raw_events()
    {
        await using var database = await TestDatabase.CreateAsync();
        var written = await GenerateAsync(database, seed: 1);

        await using var db = database.CreateDbContext();
        var calendar = database.Get<EngagementCalendar>();
        var today = calendar.DayOf(database.Clock.GetUtcNow());
        var raw = await db.EngagementEvents.AsNoTracking().ToListAsync();
        var rollups = await db.EngagementRollups.AsNoTracking().Where(r => r.Grain == RollupGrain.Day && r.TargetType != "" && r.TargetId == "").ToListAsync();
        Assert.InRange(written, 18_000, 22_000); // the plan's 20,000 within 10%
        Assert.Equal(written, rollups.Sum(r => r.Count));

        // Raw rows only within the retention; every day of it counted exactly in the rollups.
        Assert.True(raw.Min(e => e.At) >= database.Clock.GetUtcNow().AddDays(-90), "a raw event older than the retention was kept");
        foreach (var day in new[] { today, today - 3, today - 30, today - 88 })
        {
            foreach (var metric in new[] { EngagementKinds.PageViewed, EngagementKinds.ThreadViewed, EngagementKinds.SignedIn })
            {
                Assert.Equal(raw.LongCount(e => e.Day == day && e.Kind == metric), rollups.Where(r => r.Period == day && r.Metric == metric).Sum(r => r.Count));
            }
        }

        var actives = await db.EngagementDailyActives.AsNoTracking().ToDictionaryAsync(a => a.Day);
        Assert.True(Enumerable.Range(today - Days + 1, Days).Count(actives.ContainsKey) >= Days - 5, $"{actives.Count} days with daily actives");
        // Rows exist for days with events: check today, 10 and 45 days back, or the last day with events before each.
        foreach (var day in new[] { today, today - 10, today - 45 }.Select(d => raw.Where(e => e.Day <= d).Max(e => e.Day)))
        {
            int Distinct(int window, bool members) => raw.Where(e => e.Day <= day && e.Day > day - window && (!members || e.MemberId is not null))
                .Select(e => e.MemberId ?? "v" + e.VisitorId).Distinct().Count();
            Assert.Equal((Distinct(1, false), Distinct(7, false), Distinct(30, false), Distinct(30, true)),
                (actives[day].Dau, actives[day].Wau, actives[day].Mau, actives[day].MemberMau));
        }
    }

    [Fact]
    public async Task A_generated_year_has_busier_weekends_and_evenings_more_views_than_replies_than_threads_and_members_in_every_stage()
    {
        await using var database = await TestDatabase.CreateAsync();
        await GenerateAsync(database, seed: 2);

        await using var db = database.CreateDbContext();
        var actives = await db.EngagementDailyActives.AsNoTracking().ToListAsync();
        bool Weekend(int day) => EngagementCalendar.DateOf(day).DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
        Assert.True(actives.Where(a => Weekend(a.Day)).Average(a => a.Dau) > actives.Where(a => !Weekend(a.Day)).Average(a => a.Dau) * 1.1, "weekends are busier");

        var zone = database.Get<EngagementCalendar>().Zone;
        var hours = (await db.EngagementEvents.AsNoTracking().Select(e => e.At).ToListAsync()).Select(at => TimeZoneInfo.ConvertTime(at, zone).Hour).ToList();
        Assert.True(hours.Count(h => h is >= 19 and <= 21) > 5 * hours.Count(h => h is >= 2 and <= 4), "evenings are busier than the small hours");

        var totals = await db.EngagementRollups.AsNoTracking().Where(r => r.Grain == RollupGrain.Day && r.TargetType == "thread" && r.TargetId == "")
            .GroupBy(r => r.Metric).ToDictionaryAsync(g => g.Key, g => g.Sum(r => r.Count));
        Assert.True(totals[EngagementKinds.ThreadViewed] > 5 * totals[EngagementKinds.PostCreated], "views far outnumber replies");
        Assert.True(totals[EngagementKinds.PostCreated] > 2 * totals[EngagementKinds.ThreadCreated], "replies outnumber new threads");

        var eventMetrics = await db.EngagementRollups.AsNoTracking().Where(r => r.Grain == RollupGrain.Day && r.TargetType == "event" && r.TargetId == "")
            .GroupBy(r => r.Metric).ToDictionaryAsync(g => g.Key, g => g.Sum(r => r.Count));
        Assert.True(eventMetrics[EngagementKinds.EventViewed] > eventMetrics[EngagementKinds.EventSignedUp], "more looks than sign-ups");
        Assert.InRange(eventMetrics[EngagementKinds.EventCheckedIn], 1, eventMetrics[EngagementKinds.EventSignedUp]);

        var stages = await db.EngagementProfiles.AsNoTracking().GroupBy(p => p.Stage).ToDictionaryAsync(g => g.Key, g => g.Count());
        Assert.All(Enum.GetValues<LifecycleStage>(), stage => Assert.True(stages.GetValueOrDefault(stage) >= 3, $"{stage}: {stages.GetValueOrDefault(stage)}"));
        Assert.Equal(53, await db.EngagementLifecycleWeeks.Select(l => l.Week).Distinct().CountAsync());
    }

    [Fact]
    public async Task The_same_seed_generates_the_same_history()
    {
        await using var database = await TestDatabase.CreateAsync();
        var generator = database.Get<EngagementHistoryGenerator>();
        var now = database.Clock.GetUtcNow();
        var members = Enumerable.Range(0, 40).ToDictionary(
            i => $"member-{i}", i => new MemberSegment(now.AddDays(-i * 20), i % 3 == 0 ? "" : "2", i % 2 == 0, "上海", LastActiveAt: null));
        List<string> Run() => [.. generator.Generate(members, SyntheticCommunity.Content([.. members.Keys], 5_000, 60, now, new Random(5)), new HistoryPlan(60, now), new Random(9))
            .SelectMany(day => day).Select(e => $"{e.At:O} {e.Kind} {e.MemberId ?? e.VisitorId} {e.TargetId} {e.Stage}")];

        var first = Run();
        Assert.NotEmpty(first);
        Assert.Equal(first, Run());
    }

    private static async Task<long> GenerateAsync(TestDatabase database, int seed)
    {
        var random = new Random(seed);
        var now = database.Clock.GetUtcNow();
        List<string> members;
        await using (var db = database.CreateDbContext())
        {
            members = await SyntheticCommunity.AddMembersAsync(db, 300, now, random, CancellationToken.None);
        }

        var content = SyntheticCommunity.Content(members, 20_000, Days, now, random);
        return await database.Get<EngagementHistory>().WriteAsync(content, new HistoryPlan(Days, now, TargetEvents: 20_000, BatchSize: 5_000), random, CancellationToken.None);
    }
}
