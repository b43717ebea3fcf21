using Microsoft.EntityFrameworkCore;
using Portal.Domain.Events;

namespace Portal.Tests.Events;

/// <summary>Who is coming, who came, and a member's events attended: hidden names count but are never shown to others.</summary>
public sealed class EventPeopleTests
{
    [Fact]
    public async Task Members_see_who_is_coming_in_signup_order_with_hidden_names_as_a_member_and_guests_counted()
    {
        await using var world = await EventWorld.CreateAsync();
        var eventId = await world.PublishedAsync();
        var members = await world.MembersAsync(3);
        await world.SignUpAsync(members[0], eventId);
        Assert.True((await world.Signups.SignUpAsync(members[1], eventId, new SignupRequest(0, HideName: true))).Succeeded);
        await world.SignUpAsync(members[2], eventId, guests: 1);
        var people = world.Database.Get<EventPeople>();

        var goers = await people.GoersAsync(eventId);

        Assert.Equal([members[0], null, members[2]], goers.Shown.Select(g => g.Member?.Id));
        Assert.Equal("Owner 0", goers.Shown[0].Member!.DisplayName);
        Assert.Equal((0, 4, 3), (goers.More, goers.People, goers.Signups));
        Assert.True(await people.IsNameHiddenAsync(members[1], eventId));
        Assert.False(await people.IsNameHiddenAsync(members[0], eventId));
        Assert.Null(await people.IsNameHiddenAsync(world.EditorId, eventId));

        Assert.True((await people.SetNameHiddenAsync(members[0], eventId, hidden: true)).Succeeded);
        Assert.True((await people.SetNameHiddenAsync(members[1], eventId, hidden: false)).Succeeded);
        Assert.Equal([null, members[1], members[2]], (await people.GoersAsync(eventId)).Shown.Select(g => g.Member?.Id));
        Assert.Equal(EventProblems.NotSignedUp, (await people.SetNameHiddenAsync(world.EditorId, eventId, hidden: true)).Problems.Single().Code);
    }

    [Fact]
    public async Task Beyond_the_first_twelve_the_rest_are_a_count_and_waitlisted_or_cancelled_members_are_not_coming()
    {
        await using var world = await EventWorld.CreateAsync();
        var eventId = await world.PublishedAsync(world.Draft(capacity: 14, maxGuests: 0));
        var members = await world.MembersAsync(16);
        foreach (var member in members)
        {
            await world.SignUpAsync(member, eventId);
        }

        Assert.True((await world.Signups.CancelAsync(members[0], eventId)).Succeeded); // the first on the waitlist moves up

        var goers = await world.Database.Get<EventPeople>().GoersAsync(eventId);

        Assert.Equal(EventPeople.ShownGoers, goers.Shown.Count);
        Assert.Equal(members[1], goers.Shown[0].Member!.Id);
        Assert.Equal((2, 14), (goers.More, goers.People));
        Assert.Same(EventGoers.None, await world.Database.Get<EventPeople>().GoersAsync(eventId + 100));
    }

    [Fact]
    public async Task After_the_event_only_those_who_checked_in_count_and_a_hidden_attendee_is_listed_on_their_profile_to_them_alone()
    {
        await using var world = await EventWorld.CreateAsync();
        var eventId = await world.PublishedAsync();
        var members = await world.MembersAsync(3);
        await world.SignUpAsync(members[0], eventId, guests: 2);
        Assert.True((await world.Signups.SignUpAsync(members[1], eventId, new SignupRequest(0, HideName: true))).Succeeded);
        await world.SignUpAsync(members[2], eventId);
        var people = world.Database.Get<EventPeople>();
        Assert.Empty(await people.AttendedAsync(members[0], members[0], 10));

        await using (var db = world.Database.CreateDbContext())
        {
            var ev = await db.Events.SingleAsync(e => e.Id == eventId);
            await db.EventSignups.Where(s => s.EventId == eventId && s.MemberId != members[2])
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.CheckedInAt, ev.StartsAt.AddMinutes(5)));
            world.Database.Clock.SetUtcNow(ev.EndsAt.AddDays(1));
        }

        var came = await people.GoersAsync(eventId);

        Assert.Equal([members[0], null], came.Shown.Select(g => g.Member?.Id));
        Assert.Equal(4, came.People);
        var attended = Assert.Single(await people.AttendedAsync(members[0], viewerId: null, 10));
        Assert.Equal((eventId, "Owners' meet-up at the West Bund", "上海"), (attended.Id, attended.Title, attended.City));
        Assert.Empty(await people.AttendedAsync(members[1], viewerId: members[0], 10));
        Assert.Empty(await people.AttendedAsync(members[1], viewerId: null, 10));
        Assert.Single(await people.AttendedAsync(members[1], viewerId: members[1], 10));
        Assert.Empty(await people.AttendedAsync(members[2], viewerId: null, 10));
    }
}
