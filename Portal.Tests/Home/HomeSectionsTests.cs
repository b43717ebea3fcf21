using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Activity;
using Portal.Domain.Engagement;
using Portal.Domain.Events;
using Portal.Domain.Forums;
using Portal.Home;
using Portal.Tests.Events;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Home;

/// <summary>The home page's sections on a real database: trending threads and events, each with an empty state that says what to do.</summary>
public sealed class HomeSectionsTests : PortalComponentTest
{
    private EventWorld world = null!;

    protected override async Task InitializeTestAsync()
    {
        world = await EventWorld.CreateAsync();
        Services.AddSingleton(world.Reader);
        Services.AddSingleton(world.Database.Get<TrendingThreads>());
        UseViewerPreferences();
        StayAnonymous();
    }

    protected override Task DisposeTestAsync() => world.DisposeAsync().AsTask();

    [Fact]
    public void A_quiet_week_says_so_and_points_to_the_forums()
    {
        var cut = Render<TrendingThreadsSection>();

        cut.WaitForAssertion(() => Assert.Contains("Nothing is trending this week yet", cut.Find("[data-testid=home-trending-empty]").TextContent, StringComparison.Ordinal));
        Assert.Equal(ForumUrls.Index, cut.Find("[data-testid=home-trending-empty] a").GetAttribute("href"));
        Assert.Empty(cut.FindAll("[data-testid=trending-thread]"));
    }

    [Fact]
    public async Task Trending_threads_show_their_board_and_the_weeks_numbers_with_real_plurals()
    {
        var author = await world.Database.CreateMemberAsync("Chen");
        await using (var db = world.Database.CreateDbContext())
        {
            var board = db.Boards.Single(b => b.Slug == "road-trips");
            var (thread, _) = await ForumThreadWriter.AddAsync(db, board.Id, author, "Shanghai to Moganshan in winter", [], "Route?", new Portal.Domain.Content.MarkdownRenderer().Render("Route?"), world.Database.Clock.GetUtcNow(), default);
            var hour = EngagementCalendar.HourOf(world.Database.Clock.GetUtcNow().AddHours(-3));
            db.EngagementRollups.AddRange(
                new EngagementRollup { Grain = RollupGrain.Hour, Period = hour, Metric = EngagementKinds.PostCreated, TargetType = "thread", TargetId = thread.Id.Invariant(), Count = 1 },
                new EngagementRollup { Grain = RollupGrain.Hour, Period = hour, Metric = EngagementKinds.ThreadViewed, TargetType = "thread", TargetId = thread.Id.Invariant(), Count = 1234 });
            await db.SaveChangesAsync();
        }

        var cut = Render<TrendingThreadsSection>();

        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[data-testid=trending-thread]")));
        var item = cut.Find("[data-testid=trending-thread]");
        Assert.Equal("Shanghai to Moganshan in winter", item.QuerySelector("a")!.TextContent);
        Assert.Contains("Road trips · 1 reply · 0 reactions · 1,234 views", item.TextContent.ReplaceLineEndings(" ").Replace("  ", " ", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Equal("Trending this week", cut.Find("h2").TextContent);
    }

    [Fact]
    public void No_events_planned_says_so_and_points_to_the_past_ones()
    {
        var cut = Render<HomeEventsSection>();

        cut.WaitForAssertion(() => Assert.Contains("No events are planned yet", cut.Find("[data-testid=home-events-empty]").TextContent, StringComparison.Ordinal));
        Assert.Equal("Popular upcoming events", cut.Find("h2").TextContent);
    }

    [Fact]
    public async Task Upcoming_events_show_as_cards_with_their_titles_under_the_sections_heading()
    {
        var eventId = await world.PublishedAsync();

        var cut = Render<HomeEventsSection>();

        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[data-testid=event-card]")));
        Assert.Equal("Owners' meet-up at the West Bund", cut.Find("[data-testid=event-card] h3 a").TextContent);
        Assert.StartsWith($"{EventUrls.Index}/{eventId}/", cut.Find("[data-testid=event-card] h3 a").GetAttribute("href"), StringComparison.Ordinal);
    }
}
