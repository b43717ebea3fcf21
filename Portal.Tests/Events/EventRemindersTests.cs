using Microsoft.EntityFrameworkCore;
using Portal.Domain.Events;
using Portal.Domain.Notifications;

namespace Portal.Tests.Events;

/// <summary>The reminder pass with a fake clock: 24 hours ahead, confirmed sign-ups only, once each, and a fresh pass (a restart) sends nothing twice.</summary>
public sealed class EventRemindersTests : IAsyncLifetime
{
    private EventWorld world = default!;

    public async Task InitializeAsync() => world = await EventWorld.CreateAsync();

    public async Task DisposeAsync() => await world.DisposeAsync();

    [Fact]
    public async Task Confirmed_members_are_reminded_once_a_day_before_and_the_waitlist_is_not()
    {
        var eventId = await world.PublishedAsync(world.Draft(capacity: 2));
        var m = await world.MembersAsync(3);
        foreach (var member in m)
        {
            await world.SignUpAsync(member, eventId);
        }

        var reminders = world.Database.Get<EventReminders>();
        Assert.Equal(0, await reminders.SendDueAsync());

        // The event starts ten days from the test's start at 19:00 Shanghai time; move to just inside 24 hours before.
        await using (var db = world.Database.CreateDbContext())
        {
            var starts = await db.Events.Where(e => e.Id == eventId).Select(e => e.StartsAt).SingleAsync();
            world.Database.Clock.SetUtcNow(starts - EventReminders.Lead + TimeSpan.FromMinutes(1));
        }

        Assert.Equal(2, await reminders.SendDueAsync());
        Assert.Equal(0, await reminders.SendDueAsync());
        Assert.Equal(0, await world.Database.Get<EventReminders>().SendDueAsync());

        await using var read = world.Database.CreateDbContext();
        var reminded = await read.Notifications.Where(n => n.Kind == NotificationKind.EventReminder).Select(n => n.RecipientId).ToListAsync();
        Assert.Equal(new[] { m[0], m[1] }.Order(), reminded.Order());
    }
}
