using Microsoft.EntityFrameworkCore;
using Portal.Domain.Activity;
using Portal.Domain.Data;
using Portal.Tests.Forums;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Activity;

/// <summary>The operators' counters on a real SQLite database with a fake clock: loaded once after a restart, then kept from the bus.</summary>
public sealed class LiveCountersTests
{
    [Fact]
    public async Task Posts_in_the_last_hour_survive_a_restart_follow_the_bus_and_age_out()
    {
        await using var world = await ForumWorld.CreateAsync();
        var author = await world.VeteranAsync("Lin");
        var thread = await world.ThreadAsync(author);
        world.Database.Clock.Advance(TimeSpan.FromMinutes(70));
        await world.ReplyAsync(author, thread.ThreadId, "An hour later: the heat pump made the difference.");
        world.Database.Clock.Advance(TimeSpan.FromMinutes(30));

        // A node that starts now: the counters subscribe, then load the last hour from the database.
        using var counters = new LiveCounters(world.Database.Get<IActivityBus>(), new PresenceTracker(), world.Database.Get<IDbContextFactory<PortalDbContext>>(), world.Database.Clock);
        await counters.LoadRecentAsync();
        Assert.Equal(1, counters.Read().PostsLastHour);

        world.Tick();
        await world.ReplyAsync(author, thread.ThreadId, "And the live one, counted from the bus.");
        await Eventually.TrueAsync(() => counters.Read().PostsLastHour == 2, "the live reply counted from the bus");

        world.Database.Clock.Advance(TimeSpan.FromMinutes(31));
        Assert.Equal(1, counters.Read().PostsLastHour);
        world.Database.Clock.Advance(TimeSpan.FromMinutes(30));
        Assert.Equal(0, counters.Read().PostsLastHour);
    }

    [Fact]
    public async Task Sign_ups_count_from_activities_that_say_how_many_they_added()
    {
        using var bus = InMemoryActivityBusTests.NewBus();
        await using var world = await ForumWorld.CreateAsync();
        using var counters = new LiveCounters(bus, new PresenceTracker(), world.Database.Get<IDbContextFactory<PortalDbContext>>(), world.Database.Clock);

        await bus.PublishAsync(new ActivityEvent(ActivityKinds.EventSeatsChanged, "m", null, new ActivityTarget(ActivityTarget.Event, "1"), ActivityAudience.Everyone, world.Database.Clock.GetUtcNow(),
            new Dictionary<string, string> { [LiveCounters.SignupsAdded] = "3" }));
        await bus.PublishAsync(new ActivityEvent(ActivityKinds.EventSeatsChanged, "m", null, new ActivityTarget(ActivityTarget.Event, "1"), ActivityAudience.Everyone, world.Database.Clock.GetUtcNow()));
        // The counters take their activities one at a time in publish order, so once this later post is counted, both
        // seat changes before it have been dealt with: the one that added no sign-ups must not have added any.
        await bus.PublishAsync(new ActivityEvent(ActivityKinds.PostCreated, "m", null, new ActivityTarget(ActivityTarget.Thread, "1"), ActivityAudience.Everyone, world.Database.Clock.GetUtcNow()));
        await Eventually.TrueAsync(() => counters.Read().PostsLastHour == 1, "the post published after both seat changes");

        Assert.Equal(3, counters.Read().SignupsLastHour);
    }
}
