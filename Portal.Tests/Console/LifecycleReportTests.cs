using Portal.Domain.Engagement;
using Portal.Domain.Engagement.Reports;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Console;

/// <summary>Lifecycle stages, their weekly movement, retention cohorts and breakdowns, on a real database with a fake clock.</summary>
public sealed class LifecycleReportTests
{
    private static readonly string[] Regions = ["上海", "北京", "杭州", ""];

    private static readonly int[] ModelIds = [1, 2, 3];

    [Fact]
    public async Task Weekly_counts_show_each_stage_and_its_change_from_the_week_before_with_small_groups_withheld()
    {
        await using var database = await TestDatabase.CreateAsync();
        var report = database.Get<LifecycleReport>();
        var week = report.CurrentWeek;
        await using (var db = database.CreateDbContext())
        {
            void Add(int w, string dimension, string value, LifecycleStage stage, int members) =>
                db.EngagementLifecycleWeeks.Add(new EngagementLifecycleWeek { Week = w, Dimension = dimension, Value = value, Stage = stage, Members = members });
            Add(week - 21, "", "", LifecycleStage.Active, 40); // a week with no snapshot follows it
            Add(week - 7, "", "", LifecycleStage.Active, 50);
            Add(week - 7, "", "", LifecycleStage.New, 3);
            Add(week, "", "", LifecycleStage.Active, 56);
            Add(week, "", "", LifecycleStage.New, 9);
            Add(week, "", "", LifecycleStage.Dormant, 12);
            Add(week, SegmentDimensions.Region, "上海", LifecycleStage.Active, 20);
            Add(week - 7, SegmentDimensions.Region, "上海", LifecycleStage.Active, 14);
            await db.SaveChangesAsync();
        }

        var weeks = await report.WeeksAsync(SegmentFilter.All);

        Assert.Equal([week - 21, week - 7, week], weeks.Select(w => w.Week));
        Assert.All(weeks[0].Stages, s => Assert.Null(s.Change)); // no snapshot the week before
        Assert.All(weeks[1].Stages, s => Assert.Null(s.Change)); // nor here: the week before had none
        var now = weeks[2].Stages.ToDictionary(s => s.Stage);
        Assert.Equal((56L, 6L), (now[LifecycleStage.Active].Members, now[LifecycleStage.Active].Change));
        Assert.Equal((9L, (long?)null), (now[LifecycleStage.New].Members, now[LifecycleStage.New].Change)); // 3 last week: withheld
        Assert.Equal((0L, 0L), (now[LifecycleStage.AtRisk].Members, now[LifecycleStage.AtRisk].Change));
        Assert.Equal((12L, 12L), (now[LifecycleStage.Dormant].Members, now[LifecycleStage.Dormant].Change));
        Assert.Null(weeks[1].Stages.Single(s => s.Stage == LifecycleStage.New).Members);

        var shanghai = await report.WeeksAsync(new SegmentFilter(SegmentDimensions.Region, "上海"));
        Assert.Equal(6L, shanghai[^1].Stages.Single(s => s.Stage == LifecycleStage.Active).Change);
    }

    [Fact]
    public async Task Current_stages_come_from_profiles_filtered_by_model_region_and_verified()
    {
        await using var database = await TestDatabase.CreateAsync();
        var report = database.Get<LifecycleReport>();
        await using (var db = database.CreateDbContext())
        {
            for (var i = 0; i < 30; i++)
            {
                db.EngagementProfiles.Add(new EngagementProfile
                {
                    MemberId = $"m{i}", JoinWeek = report.CurrentWeek - 70, Stage = (LifecycleStage)(i % 3),
                    Models = (i % 3) switch { 0 => "1,3", 1 => "13", _ => "" }, Verified = i % 2 == 0, Region = i < 28 ? "上海" : "杭州",
                });
            }

            db.EngagementLifecycleWeeks.Add(new EngagementLifecycleWeek { Week = report.CurrentWeek - 7, Stage = LifecycleStage.New, Members = 6 });
            await db.SaveChangesAsync();
        }

        var all = (await report.CurrentAsync(SegmentFilter.All)).ToDictionary(s => s.Stage);
        Assert.Equal((10L, 4L), (all[LifecycleStage.New].Members, all[LifecycleStage.New].Change));
        Assert.Equal((10L, 10L), (all[LifecycleStage.Active].Members, all[LifecycleStage.Active].Change));
        Assert.Equal(0L, all[LifecycleStage.Dormant].Members);

        var modelThree = await report.CurrentAsync(new SegmentFilter(SegmentDimensions.Model, "3")); // "1,3" but not "13"
        Assert.Equal([10L, 0L, 0L, 0L], modelThree.Select(s => s.Members!.Value));
        var noCar = await report.CurrentAsync(new SegmentFilter(SegmentDimensions.Model, SegmentDimensions.None));
        Assert.Equal([0L, 0L, 10L, 0L], noCar.Select(s => s.Members!.Value));
        var verified = await report.CurrentAsync(new SegmentFilter(SegmentDimensions.Verified, SegmentDimensions.Yes));
        Assert.Equal(15L, verified.Sum(s => s.Members ?? 0));
        var hangzhou = await report.CurrentAsync(new SegmentFilter(SegmentDimensions.Region, "杭州")); // two members
        Assert.All(hangzhou, s => Assert.True(s.Members is null or 0));
        Assert.Contains(hangzhou, s => s.Members is null);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Cohort_shares_equal_a_brute_force_count_over_a_random_history(int seed)
    {
        await using var database = await TestDatabase.CreateAsync();
        var report = database.Get<LifecycleReport>();
        var current = report.CurrentWeek;
        var random = new Random(seed);
        var profiles = new List<EngagementProfile>();
        var activeWeeks = new Dictionary<string, HashSet<int>>();
        for (var i = 0; i < 403; i++)
        {
            // The cohort of 5 weeks ago has exactly three members (under the privacy floor); some members joined
            // before the 12 cohorts shown, and some were active the week before they joined (neither may count).
            var ago = i >= 400 ? 5 : random.Next(0, 15);
            ago = i < 400 && ago >= 5 ? ago + 1 : ago;

            var joinWeek = current - (7 * ago);
            var profile = new EngagementProfile
            {
                MemberId = $"member-{i}", JoinWeek = joinWeek, Verified = random.Next(2) == 0, Region = Regions[random.Next(Regions.Length)],
                Models = string.Join(',', ModelIds.Where(_ => random.Next(3) == 0)),
            };
            profiles.Add(profile);
            var chance = random.NextDouble();
            activeWeeks[profile.MemberId] = [.. Enumerable.Range(-1, ago + 2).Select(k => joinWeek + (7 * k)).Where(w => w <= current && random.NextDouble() < chance)];
        }

        await using (var db = database.CreateDbContext())
        {
            db.EngagementProfiles.AddRange(profiles);
            db.EngagementMemberWeeks.AddRange(activeWeeks.SelectMany(m => m.Value.Select(w => new EngagementMemberWeek { MemberId = m.Key, Week = w })));
            await db.SaveChangesAsync();
        }

        var filters = new (SegmentFilter Filter, Func<EngagementProfile, bool> Matches)[]
        {
            (SegmentFilter.All, _ => true),
            (new SegmentFilter(SegmentDimensions.Model, "2"), p => p.Models.Split(',').Contains("2")),
            (new SegmentFilter(SegmentDimensions.Model, SegmentDimensions.None), p => p.Models.Length == 0),
            (new SegmentFilter(SegmentDimensions.Region, "北京"), p => p.Region == "北京"),
            (new SegmentFilter(SegmentDimensions.Region, ""), p => p.Region == ""),
            (new SegmentFilter(SegmentDimensions.Verified, SegmentDimensions.No), p => !p.Verified),
        };
        foreach (var (filter, matches) in filters)
        {
            var cohorts = await report.CohortsAsync(filter);
            Assert.Equal(Enumerable.Range(0, 12).Select(i => current - (7 * i)), cohorts.Select(c => c.Week));
            foreach (var cohort in cohorts)
            {
                var members = profiles.Where(p => p.JoinWeek == cohort.Week && matches(p)).ToList();
                var reached = Math.Min(12, ((current - cohort.Week) / 7) + 1);
                Assert.Equal(reached, cohort.Active.Count);
                if (members.Count is > 0 and < 5)
                {
                    Assert.True(cohort.Withheld, $"{filter} {cohort.Week}: {members.Count} members shown");
                    Assert.All(cohort.Active, Assert.Null);
                    Assert.Null(cohort.Share(0));
                    continue;
                }

                Assert.Equal((long)members.Count, cohort.Members);
                for (var k = 0; k < reached; k++)
                {
                    var week = cohort.Week + (7 * k);
                    var active = members.Count(m => activeWeeks[m.MemberId].Contains(week));
                    Assert.Equal((long)active, cohort.Active[k]);
                    Assert.Equal(members.Count == 0 ? (double?)null : (double)active / members.Count, cohort.Share(k));
                }
            }
        }

        Assert.True((await report.CohortsAsync(SegmentFilter.All))[5].Withheld);
    }

    [Fact]
    public async Task A_breakdown_lists_each_value_of_the_latest_snapshot_and_withholds_groups_under_five()
    {
        await using var database = await TestDatabase.CreateAsync();
        var report = database.Get<LifecycleReport>();
        Assert.Empty(await report.BreakdownAsync(SegmentDimensions.Region));
        var week = report.CurrentWeek;
        await using (var db = database.CreateDbContext())
        {
            void Add(int w, string dimension, string value, LifecycleStage stage, int members) =>
                db.EngagementLifecycleWeeks.Add(new EngagementLifecycleWeek { Week = w, Dimension = dimension, Value = value, Stage = stage, Members = members });
            Add(week - 7, SegmentDimensions.Region, "广州", LifecycleStage.Active, 30); // an older snapshot: not shown
            Add(week, "", "", LifecycleStage.Active, 20);
            Add(week, SegmentDimensions.Region, "上海", LifecycleStage.Active, 9);
            Add(week, SegmentDimensions.Region, "上海", LifecycleStage.New, 3);
            Add(week, SegmentDimensions.Region, "杭州", LifecycleStage.Active, 2);
            Add(week, SegmentDimensions.Model, "1", LifecycleStage.Dormant, 6);
            Add(week, SegmentDimensions.Verified, SegmentDimensions.Yes, LifecycleStage.Active, 7);
            await db.SaveChangesAsync();
        }

        var regions = await report.BreakdownAsync(SegmentDimensions.Region);

        Assert.Equal(["上海", "杭州"], regions.Select(r => r.Value));
        var shanghai = regions[0].Stages.ToDictionary(s => s.Stage, s => s.Members);
        Assert.Equal(12L, regions[0].Members);
        Assert.Equal([null, 9L, 0L, 0L], [shanghai[LifecycleStage.New], shanghai[LifecycleStage.Active], shanghai[LifecycleStage.AtRisk], shanghai[LifecycleStage.Dormant]]);
        Assert.Null(regions[1].Members);
        Assert.All(regions[1].Stages, s => Assert.Null(s.Members));
        var model = Assert.Single(await report.BreakdownAsync(SegmentDimensions.Model));
        Assert.NotEqual("1", model.Label); // the model's name from the catalog
        using (new CultureScope("zh-CN"))
        {
            Assert.Equal("已认证车主", Assert.Single(await report.BreakdownAsync(SegmentDimensions.Verified)).Label);
        }
    }
}
