using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Portal.Activity;
using Portal.Domain.Activity;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Activity;

/// <summary>
/// The home ticker never calls old lines "happening now": after an hour without activity it says it is quiet and when the
/// last thing happened; a new line brings it back. The members-online count hides at zero.
/// </summary>
public sealed class TickerQuietTests : PortalComponentTest
{
    private readonly InMemoryActivityBus bus = InMemoryActivityBusTests.NewBus();
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 12, 6, 8, 0, 0, TimeSpan.Zero));
    private readonly List<ActivityEvent> history = [];

    protected override Task InitializeTestAsync()
    {
        Services.AddSingleton<IActivityBus>(bus);
        Services.AddSingleton<TimeProvider>(clock);
        Services.AddSingleton<PresenceTracker>();
        Services.AddSingleton<RecentActivity>();
        Services.AddScoped<IActivityHistory>(_ => new History(history));
        UseViewerPreferences();
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        return Task.CompletedTask;
    }

    protected override Task DisposeTestAsync()
    {
        bus.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Thirteen_hours_without_activity_reads_as_quiet_until_something_happens()
    {
        history.Add(Started("王磊", "冬季续航", clock.GetUtcNow().AddHours(-13)));

        var cut = Render<ActivityTicker>();

        cut.WaitForAssertion(() => Assert.Equal("Quiet right now — the last activity was 13 h ago", cut.Find("[data-testid=ticker-quiet]").TextContent.Trim()));
        Assert.Equal("Latest activity", cut.Find("h2").TextContent);
        Assert.Equal("王磊 started “冬季续航”", cut.Find("[data-testid=ticker-item] a").TextContent);

        await bus.PublishAsync(Started("Emma", "Wallbox advice", clock.GetUtcNow().AddMinutes(-2)));

        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("[data-testid=ticker-item]").Count));
        Assert.Empty(cut.FindAll("[data-testid=ticker-quiet]"));
        Assert.Equal("Happening now", cut.Find("h2").TextContent);
    }

    [Fact]
    public void Activity_within_the_hour_is_happening_now()
    {
        history.Add(Started("Emma", "Wallbox advice", clock.GetUtcNow().AddMinutes(-50)));

        var cut = Render<ActivityTicker>();

        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[data-testid=ticker-item]")));
        Assert.Empty(cut.FindAll("[data-testid=ticker-quiet]"));
        Assert.Equal("Happening now", cut.Find("h2").TextContent);
    }

    [Fact]
    public async Task Members_online_is_hidden_at_zero_and_follows_the_presence_beat()
    {
        var cut = Render<OnlineNow>();
        Assert.Empty(cut.FindAll("[data-testid=online-now]"));

        await bus.PublishAsync(Presence(1));
        cut.WaitForAssertion(() => Assert.Equal("1 member online now", cut.Find("[data-testid=online-now]").TextContent.Trim()));

        await bus.PublishAsync(Presence(0));
        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("[data-testid=online-now]")));
    }

    private static ActivityEvent Presence(int members) =>
        new(ActivityKinds.Presence, null, null, new ActivityTarget(ActivityTarget.Community, "community"), ActivityAudience.Everyone, DateTimeOffset.UtcNow,
            new Dictionary<string, string> { [LiveBroadcaster.MembersOnline] = members.Invariant() });

    private static ActivityEvent Started(string who, string title, DateTimeOffset at) =>
        new(ActivityKinds.ThreadStarted, "x", who, new ActivityTarget(ActivityTarget.Thread, Guid.NewGuid().ToString("N"), title, "/forums/t/1/x"), ActivityAudience.Everyone, at);

    private sealed class History(List<ActivityEvent> items) : IActivityHistory
    {
        public Task<IReadOnlyList<ActivityEvent>> RecentAsync(int count, CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlyList<ActivityEvent>>([.. items]);

        public Task<IReadOnlyList<ActivityEvent>> GoneAsync(IReadOnlyList<ActivityEvent> lines, CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlyList<ActivityEvent>>([]);
    }
}
