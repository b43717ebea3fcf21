using Microsoft.EntityFrameworkCore;
using Portal.Domain.Events;
using Portal.Domain.Search;
using Portal.Tests.Forums;

namespace Portal.Tests.Search;

/// <summary>The site search on a real SQLite database: groups with counts, every word first, the partial fallback, members only for members.</summary>
public sealed class SiteSearchTests : IAsyncLifetime
{
    private ForumWorld world = null!;
    private string lin = "";
    private string viewer = "";

    private SiteSearch Search => world.Database.Get<SiteSearch>();

    public async Task InitializeAsync()
    {
        world = await ForumWorld.CreateAsync();
        lin = await world.VeteranAsync("Lin Feng");
        viewer = await world.VeteranAsync("Viewer");
        await world.ThreadAsync(lin, "Winter range on the Vela", "Preheating the battery helps a lot when charging in the cold.");
        await world.ThreadAsync(lin, "冬季续航记录", "哈尔滨零下十八度，满电实际续航三百一十公里。");
        await world.ThreadAsync(lin, "Tyre noise on the highway", "The stock tyres get loud above 100 km/h.");
        await AddEventAsync("Winter driving day", "哈尔滨", days: 10);
        await AddEventAsync("上海充电知识小课堂", "上海", days: 3);
        await AddEventAsync("Spring charging meetup", "上海", days: -20);
        await AddEventAsync("Draft winter plan", "上海", days: 5, EventStatus.Draft);
    }

    public async Task DisposeAsync() => await world.DisposeAsync();

    [Fact]
    public async Task Every_group_finds_what_has_every_word_and_counts_it()
    {
        var results = await Search.SearchAsync("winter", null, 1, viewer);

        Assert.False(results.Partial);
        Assert.Equal("Winter range on the Vela", Assert.Single(results.Posts.Hits).ThreadTitle);
        Assert.Equal(1, results.Posts.Total);
        Assert.Equal("Winter driving day", Assert.Single(results.Events.Hits).Title);
        Assert.Equal(2, results.Total);
    }

    [Fact]
    public async Task Drafts_are_never_found()
    {
        var results = await Search.SearchAsync("draft plan", null, 1, viewer);

        Assert.Empty(results.Events.Hits);
        Assert.Equal(0, results.Events.Total);
    }

    [Fact]
    public async Task Coming_events_come_before_past_ones_and_say_which_are_over()
    {
        var hits = (await Search.SearchAsync("上海", SearchKind.Events, 1, viewer)).Events.Hits;

        Assert.Equal(["上海充电知识小课堂", "Spring charging meetup"], hits.Select(h => h.Title));
        Assert.Equal([false, true], hits.Select(h => h.IsPast));
    }

    [Fact]
    public async Task When_no_result_has_every_word_the_best_partial_matches_are_shown_and_flagged()
    {
        var strict = await Search.SearchAsync("winter tyres", null, 1, viewer);

        Assert.True(strict.Partial);
        Assert.Equal(
            ["Tyre noise on the highway", "Winter range on the Vela"],
            strict.Posts.Hits.Select(h => h.ThreadTitle).Order(StringComparer.Ordinal));
        Assert.Contains(strict.Events.Hits, e => e.Title == "Winter driving day");
    }

    [Fact]
    public async Task A_chinese_phrase_without_spaces_falls_back_to_its_pairs_of_characters()
    {
        var results = await Search.SearchAsync("上海续航", null, 1, viewer);

        Assert.True(results.Partial);
        Assert.Equal("冬季续航记录", Assert.Single(results.Posts.Hits).ThreadTitle);
        Assert.Equal(2, results.Events.Total);
    }

    [Fact]
    public async Task Nothing_anywhere_is_an_empty_result_not_a_partial_one()
    {
        var results = await Search.SearchAsync("zeppelin", null, 1, viewer);

        Assert.False(results.Partial);
        Assert.Equal(0, results.Total);
    }

    [Fact]
    public async Task Members_are_found_by_name_with_their_city_and_car_but_only_by_members()
    {
        await using (var db = world.Database.CreateDbContext())
        {
            await db.Users.Where(u => u.Id == lin).ExecuteUpdateAsync(s => s.SetProperty(u => u.City, "上海"));
        }

        await world.Database.InsertVehicleAsync(lin, vin: null);
        var signedIn = await Search.SearchAsync("lin", SearchKind.Members, 1, viewer);
        var visitor = await Search.SearchAsync("lin", SearchKind.Members, 1, viewerId: null);

        var hit = Assert.Single(signedIn.Members.Hits);
        Assert.Equal(("Lin Feng", "上海"), (hit.Member.DisplayName, hit.City));
        Assert.NotNull(hit.Model);
        Assert.True(signedIn.MembersShown);
        Assert.False(visitor.MembersShown);
        Assert.Empty(visitor.Members.Hits);
    }

    [Fact]
    public async Task An_exact_name_comes_before_longer_ones()
    {
        var longer = await world.VeteranAsync("王伟强");
        var exact = await world.VeteranAsync("王伟");

        var hits = (await Search.SearchAsync("王伟", SearchKind.Members, 1, viewer)).Members.Hits;

        Assert.Equal([exact, longer], hits.Select(h => h.Member.Id));
    }

    [Fact]
    public async Task One_group_pages_while_the_others_only_count()
    {
        for (var i = 0; i < SiteSearch.PageSize + 3; i++)
        {
            await AddEventAsync($"Winter meetup {i}", "北京", days: 30 + i);
        }

        var first = await Search.SearchAsync("winter", SearchKind.Events, 1, viewer);
        var second = await Search.SearchAsync("winter", SearchKind.Events, 2, viewer);

        Assert.Equal(SiteSearch.PageSize, first.Events.Hits.Count);
        Assert.Equal(4, second.Events.Hits.Count);
        Assert.Equal(SiteSearch.PageSize + 4, first.Events.Total);
        Assert.Empty(first.Posts.Hits);
        Assert.Equal(1, first.Posts.Total);
        Assert.Empty(first.Events.Hits.Intersect(second.Events.Hits));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("!!! ???")]
    public async Task A_query_without_words_finds_nothing(string query)
    {
        var results = await Search.SearchAsync(query, null, 1, viewer);

        Assert.Equal(0, results.Total);
    }

    [Theory]
    [InlineData("events", SearchKind.Events)]
    [InlineData("Members", SearchKind.Members)]
    [InlineData("1", null)]
    [InlineData("everything", null)]
    [InlineData(null, null)]
    public void A_type_in_the_address_names_a_group_or_nothing(string? type, SearchKind? expected) =>
        Assert.Equal(expected, SearchUrls.KindFrom(type));

    [Fact]
    public void Addresses_carry_the_words_the_group_and_the_page()
    {
        Assert.Equal("/search?q=%E4%B8%8A%E6%B5%B7%20ev", SearchUrls.For("上海 ev"));
        Assert.Equal("/search?q=ev&type=events&page=3", SearchUrls.For("ev", SearchKind.Events, 3));
    }

    private async Task AddEventAsync(string title, string city, int days, EventStatus status = EventStatus.Published)
    {
        var startsAt = world.Database.Clock.GetUtcNow().AddDays(days);
        await using var db = world.Database.CreateDbContext();
        db.Events.Add(new OwnerEvent
        {
            Title = title, Slug = OwnerEvent.SlugFor(title), TimeZoneId = "Asia/Shanghai", City = city, CreatedById = lin, Status = status,
            StartsAt = startsAt, EndsAt = startsAt.AddHours(2),
        });
        await db.SaveChangesAsync();
    }
}
