using Microsoft.EntityFrameworkCore;
using Portal.Domain.Engagement;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Engagement;

/// <summary>
/// The rollups the console reads equal a brute-force count over the raw events, for random histories written in
/// shuffled batches of random sizes (events arriving out of order and across day boundaries in Shanghai time).
/// </summary>
public sealed class EngagementRollupTests
{
    private static readonly string[] Kinds = [EngagementKinds.ThreadViewed, EngagementKinds.PostCreated, EngagementKinds.EventSignedUp];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Rollups_daily_actives_and_member_days_match_the_raw_events(int seed)
    {
        await using var database = await TestDatabase.CreateAsync();
        var calendar = database.Get<EngagementCalendar>();
        var random = new Random(seed);
        var events = Enumerable.Range(0, 1500).Select(_ => RandomEvent(random, calendar)).ToList();
        var store = database.Get<IEngagementStore>();
        foreach (var batch in events.OrderBy(_ => random.Next()).Chunk(random.Next(20, 300)))
        {
            await store.WriteAsync(batch, dropped: 0, CancellationToken.None);
        }

        await using var db = database.CreateDbContext();
        var rollups = await db.EngagementRollups.AsNoTracking().ToListAsync();

        Assert.Equal(
            Counts(events.GroupBy(e => (RollupGrain.Day, (long)e.Day, e.Kind, e.TargetType, "", "", ""))),
            Counts(rollups.Where(r => r.Grain == RollupGrain.Day && r.TargetType != "" && r.TargetId == "")));
        Assert.Equal(
            Counts(events.GroupBy(e => (RollupGrain.Day, (long)e.Day, e.Kind, e.TargetType, e.TargetId, "", ""))),
            Counts(rollups.Where(r => r.Grain == RollupGrain.Day && r.TargetId != "")));
        Assert.Equal(
            Counts(events.GroupBy(e => (RollupGrain.Hour, EngagementCalendar.HourOf(e.At), e.Kind, e.TargetType, "", "", ""))),
            Counts(rollups.Where(r => r.Grain == RollupGrain.Hour && r.TargetId == "")));
        Assert.Equal(
            Counts(events.GroupBy(e => (RollupGrain.Day, (long)e.Day, e.Kind, "", "", SegmentDimensions.Region, e.Region ?? ""))),
            Counts(rollups.Where(r => r.Dimension == SegmentDimensions.Region)));
        Assert.Equal(
            Counts(events.SelectMany(e => (e.Models.Length == 0 ? [SegmentDimensions.None] : e.Models.Split(',')).Select(m => (e, m)))
                .GroupBy(x => (RollupGrain.Day, (long)x.e.Day, x.e.Kind, "", "", SegmentDimensions.Model, x.m))),
            Counts(rollups.Where(r => r.Dimension == SegmentDimensions.Model)));

        var actives = await db.EngagementDailyActives.AsNoTracking().ToDictionaryAsync(a => a.Day);
        var first = events.Min(e => e.Day);
        var last = events.Max(e => e.Day);
        Assert.Equal(last - first + 1, actives.Count);
        for (var day = first; day <= last; day++)
        {
            var expected = Actives(events, day);
            var stored = actives[day];
            Assert.Equal(expected, (stored.Dau, stored.Wau, stored.Mau, stored.MemberDau, stored.MemberWau, stored.MemberMau));
        }

        var memberDays = await db.EngagementMemberDays.AsNoTracking().ToDictionaryAsync(d => (d.MemberId, d.Day, d.Kind), d => d.Count);
        Assert.Equal(
            events.Where(e => e.MemberId is not null).GroupBy(e => (e.MemberId!, e.Day, e.Kind)).ToDictionary(g => g.Key, g => g.Count()),
            memberDays);
        var profiles = await db.EngagementProfiles.AsNoTracking().ToDictionaryAsync(p => p.MemberId);
        foreach (var member in events.Where(e => e.MemberId is not null).GroupBy(e => e.MemberId!))
        {
            Assert.Equal((member.Min(e => e.At), member.Max(e => e.At)), (profiles[member.Key].FirstSeenAt, profiles[member.Key].LastActiveAt));
        }
    }

    private static (int, int, int, int, int, int) Actives(List<EngagementEvent> events, int day)
    {
        int Distinct(int days, bool membersOnly) => events
            .Where(e => e.Day <= day && e.Day > day - days && (!membersOnly || e.MemberId is not null))
            .Select(e => e.MemberId ?? "v" + e.VisitorId).Distinct().Count();
        return (Distinct(1, false), Distinct(7, false), Distinct(30, false), Distinct(1, true), Distinct(7, true), Distinct(30, true));
    }

    private static Dictionary<(RollupGrain, long, string, string, string, string, string), long> Counts<T>(IEnumerable<IGrouping<(RollupGrain, long, string, string, string, string, string), T>> groups) =>
        groups.ToDictionary(g => g.Key, g => (long)g.Count());

    private static Dictionary<(RollupGrain, long, string, string, string, string, string), long> Counts(IEnumerable<EngagementRollup> rows) =>
        rows.ToDictionary(r => (r.Grain, r.Period, r.Metric, r.TargetType, r.TargetId, r.Dimension, r.Value), r => r.Count);

    private static EngagementEvent RandomEvent(Random random, EngagementCalendar calendar)
    {
        // Times around local midnight are common, so day boundaries in Shanghai (UTC+8) are crossed often.
        var at = TestDatabase.Start.AddDays(-random.Next(0, 45)).AddHours(random.Next(0, 24)).AddMinutes(random.Next(0, 60));
        var member = random.Next(0, 3) == 0 ? null : $"member-{random.Next(0, 12)}";
        return new EngagementEvent
        {
            At = at,
            Day = calendar.DayOf(at),
            Kind = Kinds[random.Next(Kinds.Length)],
            MemberId = member,
            VisitorId = member is null ? $"visitor-{random.Next(0, 8)}" : null,
            TargetType = random.Next(0, 2) == 0 ? "thread" : "event",
            TargetId = random.Next(1, 5).ToString(System.Globalization.CultureInfo.InvariantCulture),
            Models = member is null ? "" : random.Next(0, 3) switch { 0 => "", 1 => "1", _ => "1,3" },
            Region = member is null ? null : random.Next(0, 2) == 0 ? "上海" : "Beijing",
            AccountAgeDays = member is null ? null : 100,
            Stage = member is null ? null : LifecycleStage.Active,
        };
    }
}
