using Microsoft.Extensions.DependencyInjection;
using Portal.Activity;
using Portal.Domain.Activity;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Activity;

public sealed class PresenceAndRoutingTests
{
    [Fact]
    public void A_member_with_several_connections_is_one_member_online_until_the_last_goes()
    {
        var presence = new PresenceTracker();
        presence.Connect("c1", "wang");
        presence.Connect("c2", "wang");
        presence.Connect("c3", null);
        presence.Connect("c3", null);
        Assert.Equal(1, presence.MembersOnline);
        Assert.Equal(1, presence.VisitorsOnline);

        presence.Disconnect("c1");
        Assert.True(presence.IsOnline("wang"));
        presence.Disconnect("c2");
        presence.Disconnect("c2");
        presence.Disconnect("c3");

        Assert.False(presence.IsOnline("wang"));
        Assert.Equal(0, presence.MembersOnline);
        Assert.Equal(0, presence.VisitorsOnline);
    }

    [Fact]
    public void Only_a_members_own_notification_news_changes_their_notifications()
    {
        var li = new ActivityTarget(ActivityTarget.Member, "li");

        Assert.True(Activity(ActivityKinds.NotificationCreated, li, ActivityAudience.Member("li")).ChangesNotificationsOf("li"));
        Assert.True(Activity(ActivityKinds.NotificationsRead, li, ActivityAudience.Member("li")).ChangesNotificationsOf("li"));
        Assert.False(Activity(ActivityKinds.NotificationCreated, li, ActivityAudience.Member("li")).ChangesNotificationsOf("wang"));
        Assert.False(Activity(ActivityKinds.NotificationCreated, li, ActivityAudience.Everyone).ChangesNotificationsOf("li"));
        Assert.False(Activity(ActivityKinds.PostCreated, li, ActivityAudience.Member("li")).ChangesNotificationsOf("li"));
    }

    [Fact]
    public void An_activity_goes_to_no_group_wider_than_its_audience()
    {
        var thread = new ActivityTarget(ActivityTarget.Thread, "42", "Winter range", "/forums/t/42/winter-range");

        Assert.Equal(["thread:42", "community"], ActivityHubRelay.GroupsFor(Activity(ActivityKinds.PostCreated, thread, ActivityAudience.Everyone)));
        Assert.Equal(["thread:42"], ActivityHubRelay.GroupsFor(Activity(ActivityKinds.PostEdited, thread, ActivityAudience.Everyone)));
        Assert.Equal(["user:li"], ActivityHubRelay.GroupsFor(Activity(ActivityKinds.NotificationCreated, new ActivityTarget(ActivityTarget.Member, "li"), ActivityAudience.Member("li"))));
        Assert.Equal(["operators"], ActivityHubRelay.GroupsFor(Activity(ActivityKinds.PostHidden, thread, ActivityAudience.Staff)));
        Assert.Equal(["operators"], ActivityHubRelay.GroupsFor(Activity(ActivityKinds.Kpi, new ActivityTarget(ActivityTarget.Community, "community"), ActivityAudience.Operators)));
        Assert.Equal(["community"], ActivityHubRelay.GroupsFor(Activity(ActivityKinds.MemberJoined, new ActivityTarget(ActivityTarget.Member, "new"), ActivityAudience.Everyone)));
        Assert.Empty(ActivityHubRelay.GroupsFor(Activity(ActivityKinds.NotificationCreated, thread, new ActivityAudience(ActivityVisibility.Member))));
    }

    [Fact]
    public async Task The_ticker_keeps_the_newest_public_items_and_one_line_per_event()
    {
        using var bus = InMemoryActivityBusTests.NewBus();
        using var recent = new RecentActivity(bus, new EmptyScopes());
        var meetup = new ActivityTarget(ActivityTarget.Event, "7", "Shanghai meet-up", "/events/7/shanghai");

        await bus.PublishAsync(Activity(ActivityKinds.EventSeatsChanged, meetup, ActivityAudience.Everyone, seatsLeft: "12"));
        await bus.PublishAsync(Activity(ActivityKinds.PostCreated, new ActivityTarget(ActivityTarget.Thread, "1"), ActivityAudience.Everyone));
        await bus.PublishAsync(Activity(ActivityKinds.PostCreated, new ActivityTarget(ActivityTarget.Thread, "2"), ActivityAudience.Staff));
        await bus.PublishAsync(Activity(ActivityKinds.EventSeatsChanged, meetup, ActivityAudience.Everyone, seatsLeft: "11"));
        IReadOnlyList<ActivityEvent> items = [];
        // The last activity published is at the top once the ticker has taken in all four (one subscription, in order).
        await Eventually.TrueAsync(async () =>
        {
            items = await recent.LatestAsync(10);
            return items.Count == 2 && items[0].Value("seatsLeft") == "11";
        }, "the second seat change at the top of the ticker");

        Assert.Equal([ActivityKinds.EventSeatsChanged, ActivityKinds.PostCreated], items.Select(i => i.Kind));
    }

    [Fact]
    public async Task A_withdrawal_removes_every_ticker_line_about_its_target_and_shows_none_itself()
    {
        using var bus = InMemoryActivityBusTests.NewBus();
        using var recent = new RecentActivity(bus, new EmptyScopes());
        var article = new ActivityTarget(ActivityTarget.Article, "5", "Winter range", "/articles/winter-range");
        var other = new ActivityTarget(ActivityTarget.Article, "6", "OTA 3.2", "/articles/ota-3-2");

        await bus.PublishAsync(Activity(ActivityKinds.ArticlePublished, article, ActivityAudience.Everyone));
        await bus.PublishAsync(Activity(ActivityKinds.ArticlePublished, other, ActivityAudience.Everyone));
        await bus.PublishAsync(Activity(ActivityKinds.Withdrawn, new ActivityTarget(ActivityTarget.Article, "5"), ActivityAudience.Everyone));
        await bus.PublishAsync(Activity(ActivityKinds.PostCreated, new ActivityTarget(ActivityTarget.Thread, "1"), ActivityAudience.Everyone));
        IReadOnlyList<ActivityEvent> items = [];
        await Eventually.TrueAsync(async () =>
        {
            items = await recent.LatestAsync(10);
            return items.Count > 0 && items[0].Kind == ActivityKinds.PostCreated;
        }, "the post published after the withdrawal at the top of the ticker");

        Assert.Equal([("thread", "1"), ("article", "6")], items.Select(i => (i.Target.Type, i.Target.Id)));
    }

    private static ActivityEvent Activity(string kind, ActivityTarget target, ActivityAudience audience, string? seatsLeft = null) =>
        new(kind, "actor", "Actor", target, audience, DateTimeOffset.UtcNow, seatsLeft is null ? null : new Dictionary<string, string> { ["seatsLeft"] = seatsLeft });

    /// <summary>No feature history: the ticker starts empty.</summary>
    private sealed class EmptyScopes : IServiceScopeFactory
    {
        public IServiceScope CreateScope() => new ServiceCollection().BuildServiceProvider().CreateScope();
    }
}
