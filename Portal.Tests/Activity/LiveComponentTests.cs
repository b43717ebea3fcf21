using Bunit;
using Microsoft.Extensions.Time.Testing;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Portal.Activity;
using Portal.Domain.Activity;
using Portal.Domain.Forums;
using Portal.Forums.Threads;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Activity;

/// <summary>Components on the real in-memory bus: they update from it while shown and leave no subscription behind.</summary>
public sealed class LiveComponentTests : PortalComponentTest
{
    private readonly InMemoryActivityBus bus = InMemoryActivityBusTests.NewBus();
    private readonly FakeTimeProvider clock = new(DateTimeOffset.UtcNow);

    protected override Task InitializeTestAsync()
    {
        Services.AddSingleton<IActivityBus>(bus);
        Services.AddSingleton<TimeProvider>(clock);
        Services.AddSingleton<PresenceTracker>();
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
    public async Task A_thousand_thread_pages_opened_and_closed_leave_no_subscriber_behind()
    {
        for (var i = 0; i < 1_000; i++)
        {
            Render<ThreadLive>(p => p.Add(c => c.ThreadId, i).Add(c => c.ShownNumbers, [1]));
            Assert.Equal(1, bus.SubscriberCount);
            await DisposeComponentsAsync();
        }

        Assert.Equal(0, bus.SubscriberCount);
    }

    [Fact]
    public async Task New_replies_by_others_show_a_bar_and_typing_shows_who_is_replying()
    {
        var shown = 0;
        var changes = 0;
        var cut = Render<ThreadLive>(p => p.Add(c => c.ThreadId, 7).Add(c => c.ViewerId, "me").Add(c => c.ShownNumbers, [1, 2])
            .Add(c => c.ShowNew, n => shown = n).Add(c => c.Changed, () => changes++));

        await bus.PublishAsync(Thread(ActivityKinds.Typing, "wang", 0, "王磊"));
        cut.WaitForAssertion(() => Assert.Equal("王磊 is replying…", cut.Find("[data-testid=typing]").TextContent));

        await bus.PublishAsync(Thread(ActivityKinds.PostCreated, "me", 3));
        await bus.PublishAsync(Thread(ActivityKinds.PostCreated, "wang", 4, "王磊"));
        await bus.PublishAsync(Thread(ActivityKinds.PostCreated, "li", 5));
        await bus.PublishAsync(Thread(ActivityKinds.PostCreated, "li", 9) with { Target = new ActivityTarget(ActivityTarget.Thread, "8") });
        // A later change to the thread, through the same subscription: once it is handled, so is every reply before it.
        await bus.PublishAsync(Thread(ActivityKinds.ThreadChanged, "editor", 0));
        cut.WaitForAssertion(() => Assert.Equal(1, changes));

        cut.WaitForAssertion(() => Assert.Contains("2 new replies", cut.Find("[data-testid=new-replies]").TextContent, StringComparison.Ordinal));
        Assert.Empty(cut.FindAll("[data-testid=typing]"));
        cut.Find("[data-testid=show-new-replies]").Click();
        Assert.Equal(4, shown);
        Assert.Empty(cut.FindAll("[data-testid=new-replies]"));
    }

    [Fact]
    public async Task Is_replying_goes_after_six_quiet_seconds_and_then_the_page_stops_re_rendering()
    {
        var cut = Render<ThreadLive>(p => p.Add(c => c.ThreadId, 7).Add(c => c.ShownNumbers, [1]));

        await bus.PublishAsync(Thread(ActivityKinds.Typing, "wang", 0, "王磊") with { At = clock.GetUtcNow() });
        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[data-testid=typing]")));
        clock.Advance(TimeSpan.FromSeconds(6));
        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("[data-testid=typing]")));

        var renders = cut.RenderCount;
        clock.Advance(TimeSpan.FromSeconds(30));
        Assert.Equal(renders, cut.RenderCount);
    }

    [Fact]
    public async Task An_edit_or_a_reaction_on_screen_reloads_and_one_elsewhere_does_not()
    {
        var reloads = 0;
        var cut = Render<ThreadLive>(p => p.Add(c => c.ThreadId, 7).Add(c => c.ShownNumbers, [1, 2]).Add(c => c.Changed, () => reloads++));

        await bus.PublishAsync(Thread(ActivityKinds.PostEdited, "li", 30));
        await bus.PublishAsync(Thread(ActivityKinds.PostHidden, "editor", 2));
        await bus.PublishAsync(Thread(ActivityKinds.PostReacted, "wang", 1));
        // Someone typing, after the three and through the same subscription: once it shows, all three have been handled.
        await bus.PublishAsync(Thread(ActivityKinds.Typing, "wang", 0, "王磊") with { At = clock.GetUtcNow() });
        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[data-testid=typing]")));

        Assert.Equal(2, reloads);
    }

    private static ActivityEvent Thread(string kind, string actor, int number, string? name = null) =>
        new(kind, actor, name, new ActivityTarget(ActivityTarget.Thread, "7"), ActivityAudience.Everyone, DateTimeOffset.UtcNow,
            new Dictionary<string, string> { [ForumActivity.Number] = number.Invariant(), [ForumActivity.PostId] = number.Invariant() });
}
