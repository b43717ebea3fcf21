using Portal.Domain.Engagement;
using Portal.Domain.Events;

namespace Portal.Tests.Events;

/// <summary>An event's numbers in the Studio: views from its own daily rollups only, sign-ups with guests, waitlist and check-ins.</summary>
public sealed class StudioEventNumbersTests : IAsyncLifetime
{
    private EventWorld world = default!;

    public async Task InitializeAsync() => world = await EventWorld.CreateAsync();

    public async Task DisposeAsync() => await world.DisposeAsync();

    [Fact]
    public async Task Views_come_from_the_events_daily_rollups_and_sign_ups_waitlist_and_check_ins_from_its_places()
    {
        var eventId = await world.PublishedAsync(world.Draft(capacity: 3, maxGuests: 2));
        var other = await world.PublishedAsync();
        var members = await world.MembersAsync(4);
        var present = await world.SignUpAsync(members[0], eventId, guests: 1);
        await world.SignUpAsync(members[1], eventId);
        await world.SignUpAsync(members[2], eventId); // the event is full: waitlisted
        await world.SignUpAsync(members[3], other);
        var target = eventId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await using (var db = world.Database.CreateDbContext())
        {
            db.EngagementRollups.AddRange(
                Rollup(RollupGrain.Day, 20400, EngagementKinds.EventViewed, target, 5),
                Rollup(RollupGrain.Day, 20401, EngagementKinds.EventViewed, target, 7),
                Rollup(RollupGrain.Hour, 489600, EngagementKinds.EventViewed, target, 5), // the same views by the hour: not counted twice
                Rollup(RollupGrain.Day, 20401, EngagementKinds.EventSignedUp, target, 2),
                Rollup(RollupGrain.Day, 20401, EngagementKinds.EventViewed, other.ToString(System.Globalization.CultureInfo.InvariantCulture), 40));
            await db.SaveChangesAsync();
        }

        Assert.Equal(new StudioEventNumbers(0, 0, 0, 0, 0), await world.StudioReader.NumbersAsync(999_999));
        Assert.Equal(new StudioEventNumbers(12, 2, 1, 1, 0), await world.StudioReader.NumbersAsync(eventId));

        await world.AtTheDoorAsync(eventId);
        Assert.True((await world.Database.Get<EventCheckIn>().CheckInAsync(world.OperatorId, eventId, present.SignupId)).Succeeded);

        Assert.Equal(new StudioEventNumbers(12, 2, 1, 1, 1), await world.StudioReader.NumbersAsync(eventId));
    }

    private static EngagementRollup Rollup(RollupGrain grain, long period, string metric, string targetId, long count) =>
        new() { Grain = grain, Period = period, Metric = metric, TargetType = "event", TargetId = targetId, Count = count };
}
