using Microsoft.EntityFrameworkCore;
using Portal.Domain.Articles;
using Portal.Domain.Engagement;
using Portal.Domain.Events;
using Portal.Domain.Forums;
using Portal.Domain.Segments;
using Portal.Tests.Console;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Segments;

/// <summary>Each kind of condition on hand-made members, at the edges of its rule (local days in Shanghai, windows that include today).</summary>
public sealed class SegmentConditionTests
{
    [Fact]
    public async Task Profile_conditions_read_the_garage_and_the_account()
    {
        await using var database = await TestDatabase.CreateAsync();
        var nova2024 = await database.CreateMemberAsync("Nova 2024, verified");
        var nova2022 = await database.CreateMemberAsync("Nova 2022, no VIN");
        var vela = await database.CreateMemberAsync("Vela");
        var none = await database.CreateMemberAsync("No car");
        await database.InsertVehicleAsync(nova2024, "TESTVIN0000000001", verified: true, modelId: 1, year: 2024);
        await database.InsertVehicleAsync(nova2022, vin: null, modelId: 1, year: 2022);
        await database.InsertVehicleAsync(vela, "TESTVIN0000000002", modelId: 2, year: 2023);
        await using (var db = database.CreateDbContext())
        {
            await db.Users.Where(u => u.Id == nova2024).ExecuteUpdateAsync(u => u.SetProperty(x => x.City, " 上海 ").SetProperty(x => x.PreferredCulture, "zh-CN"));
            await db.Users.Where(u => u.Id == nova2022).ExecuteUpdateAsync(u => u.SetProperty(x => x.City, "上海").SetProperty(x => x.PreferredCulture, "en"));
            await db.Users.Where(u => u.Id == vela).ExecuteUpdateAsync(u => u.SetProperty(x => x.City, "北京").SetProperty(x => x.PreferredCulture, ""));
        }

        var evaluator = database.Get<SegmentEvaluator>();
        async Task<string[]> Members(SegmentCondition condition) =>
            [.. await evaluator.MemberIdsAsync(SegmentDefinition.AllOf(condition), CancellationToken.None)];
        static string[] Of(params string[] ids) => [.. ids.Order(StringComparer.Ordinal)];

        Assert.Equal(Of(nova2024, nova2022), await Members(new OwnsModelCondition(1)));
        Assert.Equal(Of(nova2022), await Members(new OwnsModelCondition(1, 2022)));
        Assert.Equal(Of(vela, none), await Members(new OwnsModelCondition(1) { Not = true }));
        Assert.Equal(Of(nova2024), await Members(new VerifiedOwnerCondition()));
        Assert.Equal(Of(nova2022), await Members(new CarWithoutVinCondition()));
        Assert.Equal(Of(nova2024, nova2022), await Members(new RegionCondition("上海")));
        Assert.Equal(Of(vela, none), await Members(new RegionCondition("上海") { Not = true })); // no city is not in Shanghai
        Assert.Equal(Of(nova2024), await Members(new LanguageCondition("zh-CN")));
        Assert.Equal(Of(vela, none), await Members(new LanguageCondition(null))); // chose none: the site default
        Assert.Equal(3, await evaluator.CountAsync(new SegmentDefinition(new SegmentGroup(SegmentMatch.Any, [new VerifiedOwnerCondition(), new OwnsModelCondition(2), new CarWithoutVinCondition()])), CancellationToken.None));
    }

    [Fact]
    public async Task Account_age_counts_local_days_so_a_member_who_joined_late_yesterday_in_Shanghai_is_one_day_old()
    {
        await using var database = await TestDatabase.CreateAsync();
        var calendar = database.Get<EngagementCalendar>();
        var today = calendar.DayOf(database.Clock.GetUtcNow());
        var joinedToday = await database.CreateMemberAsync("Today");
        var lateYesterday = await database.CreateMemberAsync("Yesterday 23:30");
        var tenDays = await database.CreateMemberAsync("Ten days");
        await using (var db = database.CreateDbContext())
        {
            await db.Users.Where(u => u.Id == joinedToday).ExecuteUpdateAsync(u => u.SetProperty(x => x.JoinedAt, calendar.StartOf(today).AddMinutes(5)));
            await db.Users.Where(u => u.Id == lateYesterday).ExecuteUpdateAsync(u => u.SetProperty(x => x.JoinedAt, calendar.StartOf(today).AddMinutes(-30)));
            await db.Users.Where(u => u.Id == tenDays).ExecuteUpdateAsync(u => u.SetProperty(x => x.JoinedAt, calendar.StartOf(today - 10).AddHours(12)));
        }

        var evaluator = database.Get<SegmentEvaluator>();
        Task<int> Count(int? atLeast, int? atMost) => evaluator.CountAsync(SegmentDefinition.AllOf(new AccountAgeCondition(atLeast, atMost)), CancellationToken.None);

        Assert.Equal(1, await Count(null, 0));
        Assert.Equal(2, await Count(null, 1));
        Assert.Equal(2, await Count(1, null));
        Assert.Equal(1, await Count(2, 10));
        Assert.Equal(0, await Count(11, null));
    }

    [Fact]
    public async Task Behaviour_counts_the_window_with_today_and_at_least_n_times_and_did_not_includes_members_who_did_nothing()
    {
        await using var database = await TestDatabase.CreateAsync();
        var twice = await database.CreateMemberAsync("Replied twice this week");
        var edge = await database.CreateMemberAsync("Replied 7 and 6 days ago");
        var idle = await database.CreateMemberAsync("Never replied");
        var world = new ReportWorld(database);
        world.Add(EngagementKinds.PostCreated, "thread", 1, daysAgo: 0, member: twice, localHour: 23)
            .Add(EngagementKinds.PostCreated, "thread", 1, daysAgo: 3, member: twice)
            .Add(EngagementKinds.PostCreated, "thread", 1, daysAgo: 7, member: edge)
            .Add(EngagementKinds.PostCreated, "thread", 1, daysAgo: 6, member: edge, localHour: 0)
            .Add(EngagementKinds.ThreadCreated, "thread", 1, daysAgo: 1, member: idle);
        await world.WriteAsync();
        var evaluator = database.Get<SegmentEvaluator>();
        async Task<string[]> Members(SegmentCondition condition) =>
            [.. await evaluator.MemberIdsAsync(SegmentDefinition.AllOf(condition), CancellationToken.None)];
        static string[] Of(params string[] ids) => [.. ids.Order(StringComparer.Ordinal)];

        Assert.Equal(Of(twice, edge), await Members(new ActivityCondition(SegmentActivity.Replied, 7)));
        Assert.Equal(Of(twice), await Members(new ActivityCondition(SegmentActivity.Replied, 7, AtLeast: 2)));
        Assert.Equal(Of(twice, edge), await Members(new ActivityCondition(SegmentActivity.Replied, 8, AtLeast: 2)));
        Assert.Equal(Of(twice), await Members(new ActivityCondition(SegmentActivity.Replied, 1)));
        Assert.Equal(Of(edge, idle), await Members(new ActivityCondition(SegmentActivity.Replied, 7, AtLeast: 2) { Not = true }));
        Assert.Equal(Of(idle), await Members(new ActivityCondition(SegmentActivity.Posted, 30)));
        Assert.Empty(await Members(new ActivityCondition(SegmentActivity.OpenedNotification, 30)));
    }

    [Fact]
    public async Task Board_and_category_views_count_where_the_thread_or_article_was_when_viewed_from_the_per_member_rollup()
    {
        await using var database = await TestDatabase.CreateAsync();
        var reader = await database.CreateMemberAsync("Reader");
        var other = await database.CreateMemberAsync("Other");
        var now = database.Clock.GetUtcNow();
        int board;
        long thread;
        int guide;
        await using (var db = database.CreateDbContext())
        {
            board = await db.Boards.OrderBy(b => b.Id).Select(b => b.Id).FirstAsync();
            var t = new ForumThread { BoardId = board, AuthorId = other, Title = "A thread", Slug = "a-thread", CreatedAt = now, LastActivityAt = now, LastPosterId = other };
            var a = new Article { Title = "A guide", Slug = "a-guide", Category = ArticleCategory.Guides, AuthorId = other, UpdatedById = other, CreatedAt = now, UpdatedAt = now };
            db.AddRange(t, a);
            await db.SaveChangesAsync();
            (thread, guide) = (t.Id, a.Id);
        }

        await new ReportWorld(database)
            .Add(EngagementKinds.ThreadViewed, "thread", thread, daysAgo: 2, member: reader)
            .Add(EngagementKinds.ThreadViewed, "thread", thread, daysAgo: 1, member: reader)
            .Add(EngagementKinds.ThreadViewed, "thread", 424242, daysAgo: 1, member: other) // no such thread: no board
            .Add(EngagementKinds.ArticleViewed, "article", guide, daysAgo: 0, member: other)
            .Add(EngagementKinds.ThreadViewed, "thread", thread, daysAgo: 0) // a visitor: no member, no row
            .WriteAsync();
        var evaluator = database.Get<SegmentEvaluator>();
        Task<IReadOnlyList<string>> Members(SegmentCondition condition) => evaluator.MemberIdsAsync(SegmentDefinition.AllOf(condition), CancellationToken.None);

        Assert.Equal([reader], await Members(new ViewedBoardCondition(board, 7, AtLeast: 2)));
        Assert.Empty(await Members(new ViewedBoardCondition(board, 2, AtLeast: 2)));
        Assert.Equal([other], await Members(new ViewedCategoryCondition(ArticleCategory.Guides, 1)));
        Assert.Empty(await Members(new ViewedCategoryCondition(ArticleCategory.News, 30)));
        await using var check = database.CreateDbContext();
        Assert.Equal(3, await check.EngagementMemberSectionDays.CountAsync());
    }

    [Fact]
    public async Task Event_conditions_read_confirmed_signups_and_check_ins_for_any_event_one_event_or_a_city()
    {
        await using var database = await TestDatabase.CreateAsync();
        var calendar = database.Get<EngagementCalendar>();
        var today = calendar.DayOf(database.Clock.GetUtcNow());
        var both = await database.CreateMemberAsync("Signed up in Shanghai and Beijing, attended Shanghai");
        var waiting = await database.CreateMemberAsync("Waitlisted");
        var cancelled = await database.CreateMemberAsync("Cancelled");
        var old = await database.CreateMemberAsync("Signed up 40 days ago");
        int shanghai;
        int beijing;
        await using (var db = database.CreateDbContext())
        {
            var now = database.Clock.GetUtcNow();
            OwnerEvent Event(string city) => new() { Title = "Meet " + city, Slug = "meet", TimeZoneId = calendar.Zone.Id, City = city, CreatedById = both, StartsAt = now, EndsAt = now.AddHours(2), Capacity = 10 };
            var (s, b) = (Event("上海"), Event("北京"));
            db.Events.AddRange(s, b);
            await db.SaveChangesAsync();
            (shanghai, beijing) = (s.Id, b.Id);
            var code = 0;
            EventSignup Signup(int eventId, string member, SignupStatus status, int daysAgo, int? checkedInDaysAgo = null) => new()
            {
                EventId = eventId, MemberId = member, Status = status, Code = $"C{++code:D5}", SignedUpAt = calendar.StartOf(today - daysAgo).AddHours(10),
                CheckedInAt = checkedInDaysAgo is { } c ? calendar.StartOf(today - c).AddHours(1) : null,
            };
            db.EventSignups.AddRange(
                Signup(shanghai, both, SignupStatus.Confirmed, 5, checkedInDaysAgo: 0),
                Signup(beijing, both, SignupStatus.Confirmed, 3),
                Signup(shanghai, waiting, SignupStatus.Waitlisted, 2),
                Signup(shanghai, cancelled, SignupStatus.Cancelled, 2),
                Signup(beijing, old, SignupStatus.Confirmed, 40, checkedInDaysAgo: 31));
            await db.SaveChangesAsync();
        }

        var evaluator = database.Get<SegmentEvaluator>();
        Task<IReadOnlyList<string>> Members(SegmentCondition condition) => evaluator.MemberIdsAsync(SegmentDefinition.AllOf(condition), CancellationToken.None);

        Assert.Equal([both], await Members(new EventCondition(EventParticipation.SignedUp, 30)));
        Assert.Equal([both], await Members(new EventCondition(EventParticipation.SignedUp, 30, AtLeast: 2)));
        Assert.Equal(2, (await Members(new EventCondition(EventParticipation.SignedUp, 41))).Count);
        Assert.Equal([both], await Members(new EventCondition(EventParticipation.Attended, 1, City: "上海")));
        Assert.Empty(await Members(new EventCondition(EventParticipation.Attended, 30, EventId: beijing)));
        Assert.Equal([old], await Members(new EventCondition(EventParticipation.Attended, 32, EventId: beijing)));
        Assert.Equal(3, (await Members(new EventCondition(EventParticipation.SignedUp, 30, City: "北京") { Not = true })).Count);
    }
}
