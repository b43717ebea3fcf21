using System.Collections.Concurrent;
using Portal.Domain.Activity;
using Portal.Domain.Events;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Events;

/// <summary>After each committed seat change the bus hears the new seats; promotions and check-ins are announced to the right audience.</summary>
public sealed class EventActivityTests : IAsyncLifetime
{
    private readonly ConcurrentQueue<ActivityEvent> heard = new();
    private EventWorld world = default!;
    private IDisposable? subscription;

    public async Task InitializeAsync()
    {
        world = await EventWorld.CreateAsync();
        subscription = world.Database.Get<IActivityBus>().Subscribe(a =>
        {
            heard.Enqueue(a);
            return ValueTask.CompletedTask;
        });
    }

    public async Task DisposeAsync()
    {
        subscription?.Dispose();
        await world.DisposeAsync();
    }

    [Fact]
    public async Task Sign_ups_cancellations_promotions_and_check_ins_are_published_with_the_seats()
    {
        var eventId = await world.PublishedAsync(world.Draft(capacity: 1));
        var m = await world.MembersAsync(2);
        await world.SignUpAsync(m[0], eventId);
        await world.SignUpAsync(m[1], eventId);
        var seats = await HeardAsync(ActivityKinds.EventSeatsChanged, count: 3);
        Assert.Equal(("1", "0", "1"), (seats[^1].Value("confirmed"), seats[^1].Value("seatsLeft"), seats[^1].Value("waitlist")));
        Assert.All(seats, a => Assert.Equal((ActivityTarget.Event, eventId.ToString(System.Globalization.CultureInfo.InvariantCulture), ActivityVisibility.Everyone), (a.Target.Type, a.Target.Id, a.Audience.Visibility)));

        await world.Signups.CancelAsync(m[0], eventId);
        var promoted = await HeardAsync(ActivityKinds.NotificationCreated, count: 1);
        Assert.Equal(m[1], promoted[0].Audience.MemberId);
        Assert.Equal("0", (await HeardAsync(ActivityKinds.EventSeatsChanged, count: 4))[^1].Value("waitlist"));

        var signup = (await world.Signups.GetAsync(m[1], eventId))!;
        await world.AtTheDoorAsync(eventId);
        Assert.True((await world.Database.Get<EventCheckIn>().CheckInAsync(world.OperatorId, eventId, signup.SignupId)).Succeeded);
        var checkedIn = Assert.Single(await HeardAsync(ActivityKinds.EventCheckedIn, count: 1));
        Assert.Equal(("1", ActivityVisibility.Operators), (checkedIn.Value("checkedIn"), checkedIn.Audience.Visibility));
    }

    /// <summary>
    /// Everything of <paramref name="kind"/> heard once <paramref name="count"/> have arrived and nothing published
    /// before now is still on its way: a sentinel published now arrives after all of it (one subscription, in order),
    /// so the list is complete and "exactly one" means exactly one.
    /// </summary>
    private async Task<List<ActivityEvent>> HeardAsync(string kind, int count)
    {
        await Eventually.TrueAsync(() => heard.Count(a => a.Kind == kind) >= count, $"{count} {kind} on the bus");
        var sentinel = new ActivityEvent("test.sentinel", null, null, new ActivityTarget(ActivityTarget.Community, Guid.NewGuid().ToString("N")), ActivityAudience.Everyone, world.Database.Clock.GetUtcNow());
        await world.Database.Get<IActivityBus>().PublishAsync(sentinel);
        await Eventually.TrueAsync(() => heard.Contains(sentinel), "the sentinel published after them");
        return [.. heard.Where(a => a.Kind == kind)];
    }
}
