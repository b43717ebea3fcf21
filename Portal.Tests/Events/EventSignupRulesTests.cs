using Microsoft.EntityFrameworkCore;
using Portal.Domain.Events;
using Portal.Domain.Notifications;

namespace Portal.Tests.Events;

/// <summary>Sign-up rules on a real SQLite database with a fake clock: capacity with guests, waitlist order, promotion, eligibility, windows.</summary>
public sealed class EventSignupRulesTests : IAsyncLifetime
{
    private EventWorld world = default!;

    public async Task InitializeAsync() => world = await EventWorld.CreateAsync();

    public async Task DisposeAsync() => await world.DisposeAsync();

    [Fact]
    public async Task Guests_count_against_capacity_and_a_party_that_does_not_fit_waits()
    {
        var eventId = await world.PublishedAsync(world.Draft(capacity: 4, maxGuests: 2));
        var m = await world.MembersAsync(3);

        Assert.Equal(SignupStatus.Confirmed, (await world.SignUpAsync(m[0], eventId, guests: 2)).Status);
        var second = await world.SignUpAsync(m[1], eventId, guests: 1);
        var third = await world.SignUpAsync(m[2], eventId);

        Assert.Equal((SignupStatus.Waitlisted, 1), (second.Status, second.WaitlistPosition));
        Assert.Equal((SignupStatus.Waitlisted, 2), (third.Status, third.WaitlistPosition));
        Assert.Equal(3, await world.ConfirmedSeatsAsync(eventId));
    }

    [Fact]
    public async Task Cancelling_promotes_the_waitlist_in_order_and_notifies_the_promoted()
    {
        var eventId = await world.PublishedAsync(world.Draft(capacity: 2, maxGuests: 1));
        var m = await world.MembersAsync(4);
        await world.SignUpAsync(m[0], eventId, guests: 1);
        await world.SignUpAsync(m[1], eventId);
        await world.SignUpAsync(m[2], eventId);
        await world.SignUpAsync(m[3], eventId);

        Assert.True((await world.Signups.CancelAsync(m[0], eventId)).Succeeded);

        Assert.Equal(SignupStatus.Confirmed, (await world.Signups.GetAsync(m[1], eventId))!.Status);
        Assert.Equal(SignupStatus.Confirmed, (await world.Signups.GetAsync(m[2], eventId))!.Status);
        Assert.Equal((SignupStatus.Waitlisted, 1), ((await world.Signups.GetAsync(m[3], eventId))!.Status, (await world.Signups.GetAsync(m[3], eventId))!.WaitlistPosition));
        Assert.Null(await world.Signups.GetAsync(m[0], eventId));
        await using var db = world.Database.CreateDbContext();
        var notified = await db.Notifications.Where(n => n.Kind == NotificationKind.EventPromoted).Select(n => n.RecipientId).ToListAsync();
        Assert.Equal(new[] { m[1], m[2] }.Order(), notified.Order());
    }

    [Fact]
    public async Task Leaving_the_waitlist_moves_those_behind_up()
    {
        var eventId = await world.PublishedAsync(world.Draft(capacity: 1));
        var m = await world.MembersAsync(3);
        await world.SignUpAsync(m[0], eventId);
        await world.SignUpAsync(m[1], eventId);
        await world.SignUpAsync(m[2], eventId);

        Assert.True((await world.Signups.CancelAsync(m[1], eventId)).Succeeded);

        Assert.Equal(1, (await world.Signups.GetAsync(m[2], eventId))!.WaitlistPosition);
        Assert.Equal(1, await world.ConfirmedSeatsAsync(eventId));
    }

    [Fact]
    public async Task Adding_guests_needs_room_and_fewer_guests_promote_the_waitlist()
    {
        var eventId = await world.PublishedAsync(world.Draft(capacity: 3, maxGuests: 2));
        var m = await world.MembersAsync(2);
        await world.SignUpAsync(m[0], eventId, guests: 2);
        await world.SignUpAsync(m[1], eventId);

        var more = await world.Signups.ChangeGuestsAsync(m[0], eventId, 3);
        Assert.Equal(EventProblems.TooManyGuests, Assert.Single(more.Problems).Code);

        var fewer = await world.Signups.ChangeGuestsAsync(m[0], eventId, 1);
        Assert.True(fewer.Succeeded);
        Assert.Equal(SignupStatus.Confirmed, (await world.Signups.GetAsync(m[1], eventId))!.Status);

        var again = await world.Signups.ChangeGuestsAsync(m[0], eventId, 2);
        Assert.Equal(EventProblems.NoRoomForGuests, Assert.Single(again.Problems).Code);
        Assert.Equal(3, await world.ConfirmedSeatsAsync(eventId));
    }

    [Fact]
    public async Task A_full_event_without_waitlist_refuses_and_writes_nothing()
    {
        var eventId = await world.PublishedAsync(world.Draft(capacity: 1, waitlist: false));
        var m = await world.MembersAsync(2);
        await world.SignUpAsync(m[0], eventId);

        var refused = await world.Signups.SignUpAsync(m[1], eventId, new SignupRequest(0));

        Assert.Equal(EventProblems.Full, Assert.Single(refused.Problems).Code);
        await AssertOnlySignupsAsync(eventId, 1);
    }

    [Fact]
    public async Task Sign_up_outside_the_window_is_refused_with_the_reason()
    {
        var draft = world.Draft();
        draft.SignupOpensLocal = draft.StartsLocal.AddDays(-5);
        draft.SignupClosesLocal = draft.StartsLocal.AddDays(-1);
        var eventId = await world.PublishedAsync(draft);
        var m = await world.MembersAsync(2);

        Assert.Equal(EventProblems.NotOpenYet, Assert.Single((await world.Signups.SignUpAsync(m[0], eventId, new SignupRequest(0))).Problems).Code);
        await AssertOnlySignupsAsync(eventId, 0);
        world.Database.Clock.Advance(TimeSpan.FromDays(6));
        Assert.True((await world.Signups.SignUpAsync(m[0], eventId, new SignupRequest(0))).Succeeded);
        world.Database.Clock.Advance(TimeSpan.FromDays(3.6));
        Assert.Equal(EventProblems.Closed, Assert.Single((await world.Signups.SignUpAsync(m[1], eventId, new SignupRequest(0))).Problems).Code);
        await AssertOnlySignupsAsync(eventId, 1);
    }

    [Fact]
    public async Task Too_many_guests_a_cancelled_event_and_a_draft_are_refused()
    {
        var eventId = await world.PublishedAsync(world.Draft(maxGuests: 1));
        var m = (await world.MembersAsync(1))[0];

        var guests = await world.Signups.SignUpAsync(m, eventId, new SignupRequest(2));
        Assert.Equal((EventProblems.TooManyGuests, "Guests"), (Assert.Single(guests.Problems).Code, guests.Problems[0].Field));

        var draft = await world.Studio.CreateAsync(world.EditorId, world.Draft());
        Assert.Equal(EventProblems.NotPublished, Assert.Single((await world.Signups.SignUpAsync(m, draft.Value, new SignupRequest(0))).Problems).Code);

        Assert.True((await world.Studio.CancelAsync(world.EditorId, eventId)).Succeeded);
        Assert.Equal(EventProblems.Cancelled, Assert.Single((await world.Signups.SignUpAsync(m, eventId, new SignupRequest(0))).Problems).Code);
        await AssertOnlySignupsAsync(eventId, 0);
    }

    [Fact]
    public async Task Model_and_verified_eligibility_are_checked_against_the_garage()
    {
        var forVela = world.Draft();
        forVela.Eligibility = EventEligibility.ModelOwners;
        forVela.EligibleModelIds = [2];
        var velaEvent = await world.PublishedAsync(forVela);
        var verifiedDraft = world.Draft();
        verifiedDraft.Eligibility = EventEligibility.VerifiedOwners;
        var verifiedEvent = await world.PublishedAsync(verifiedDraft);
        var m = await world.MembersAsync(2);
        await world.Database.InsertVehicleAsync(m[0], vin: null, modelId: 1);
        await world.Database.InsertVehicleAsync(m[1], vin: "1M8GDM9AXKP042788", verified: true, modelId: 2);

        Assert.Equal(EventProblems.NotEligibleModel, Assert.Single((await world.Signups.SignUpAsync(m[0], velaEvent, new SignupRequest(0))).Problems).Code);
        Assert.Equal(EventProblems.NotEligibleVerified, Assert.Single((await world.Signups.SignUpAsync(m[0], verifiedEvent, new SignupRequest(0))).Problems).Code);
        Assert.True((await world.Signups.SignUpAsync(m[1], velaEvent, new SignupRequest(0))).Succeeded);
        Assert.True((await world.Signups.SignUpAsync(m[1], verifiedEvent, new SignupRequest(0))).Succeeded);

        var forMyCar = await world.Reader.ListAsync(new EventListQuery(ForMemberCars: m[1]));
        Assert.Equal([velaEvent, verifiedEvent], forMyCar.Items.Select(e => e.Id).Order());
        Assert.Empty((await world.Reader.ListAsync(new EventListQuery(ForMemberCars: m[0]))).Items);
    }

    [Fact]
    public async Task Answers_are_required_and_checked_against_the_choices()
    {
        var draft = world.Draft();
        draft.Questions =
        [
            new() { Kind = EventQuestionKind.Choice, Prompt = "Which car?", Choices = "Nova\nVela", Required = true },
            new() { Kind = EventQuestionKind.YesNo, Prompt = "Parking?" },
        ];
        var eventId = await world.PublishedAsync(draft);
        var detail = (await world.Reader.GetAsync(eventId, includeDrafts: false))!;
        var (car, parking) = (detail.Questions[0].Id, detail.Questions[1].Id);
        var m = (await world.MembersAsync(1))[0];

        var missing = await world.Signups.SignUpAsync(m, eventId, new SignupRequest(0));
        Assert.Equal((EventProblems.AnswerRequired, $"Answer.{car}"), (Assert.Single(missing.Problems).Code, missing.Problems[0].Field));
        var invalid = await world.Signups.SignUpAsync(m, eventId, new SignupRequest(0, new Dictionary<int, string> { [car] = "Tractor", [parking] = "maybe" }));
        Assert.Equal([EventProblems.AnswerInvalid, EventProblems.AnswerInvalid], invalid.Problems.Select(p => p.Code));
        await AssertOnlySignupsAsync(eventId, 0);

        Assert.True((await world.Signups.SignUpAsync(m, eventId, new SignupRequest(0, new Dictionary<int, string> { [car] = "Vela", [parking] = EventAnswers.Yes }))).Succeeded);
        await using var db = world.Database.CreateDbContext();
        Assert.Equal(["Vela", "yes"], await db.EventAnswers.OrderBy(a => a.QuestionId).Select(a => a.Value).ToListAsync());
    }

    [Fact]
    public async Task Signing_up_again_with_answers_replaces_the_earlier_answers()
    {
        var draft = world.Draft();
        draft.Questions = [new() { Kind = EventQuestionKind.ShortText, Prompt = "Dietary needs?" }, new() { Kind = EventQuestionKind.YesNo, Prompt = "Parking?" }];
        var eventId = await world.PublishedAsync(draft);
        var questions = (await world.Reader.GetAsync(eventId, includeDrafts: false))!.Questions;
        var m = (await world.MembersAsync(1))[0];
        Assert.True((await world.Signups.SignUpAsync(m, eventId, new SignupRequest(0, new Dictionary<int, string> { [questions[0].Id] = "Vegetarian", [questions[1].Id] = EventAnswers.Yes }))).Succeeded);
        await world.Signups.CancelAsync(m, eventId);

        Assert.True((await world.Signups.SignUpAsync(m, eventId, new SignupRequest(0, new Dictionary<int, string> { [questions[0].Id] = "None" }))).Succeeded);

        await using var db = world.Database.CreateDbContext();
        Assert.Equal(["None"], await db.EventAnswers.Select(a => a.Value).ToListAsync());
    }

    [Fact]
    public async Task Signing_up_again_after_cancelling_goes_to_the_back_of_the_queue()
    {
        var eventId = await world.PublishedAsync(world.Draft(capacity: 1));
        var m = await world.MembersAsync(3);
        await world.SignUpAsync(m[0], eventId);
        await world.SignUpAsync(m[1], eventId);
        await world.SignUpAsync(m[2], eventId);
        await world.Signups.CancelAsync(m[1], eventId);

        var again = await world.SignUpAsync(m[1], eventId);

        Assert.Equal((SignupStatus.Waitlisted, 2), (again.Status, again.WaitlistPosition));
    }

    [Fact]
    public async Task Raising_the_capacity_promotes_and_cancelling_the_event_notifies_everyone()
    {
        var draft = world.Draft(capacity: 1);
        var eventId = await world.PublishedAsync(draft);
        var m = await world.MembersAsync(3);
        foreach (var member in m)
        {
            await world.SignUpAsync(member, eventId);
        }

        draft.Capacity = 2;
        Assert.True((await world.Studio.UpdateAsync(world.EditorId, eventId, draft)).Succeeded);
        Assert.Equal(SignupStatus.Confirmed, (await world.Signups.GetAsync(m[1], eventId))!.Status);

        Assert.True((await world.Studio.CancelAsync(world.EditorId, eventId)).Succeeded);
        await using var db = world.Database.CreateDbContext();
        Assert.Equal(m.Order(), await db.Notifications.Where(n => n.Kind == NotificationKind.EventCancelled).Select(n => n.RecipientId).OrderBy(r => r).ToListAsync());
    }

    [Fact]
    public async Task An_owner_cannot_create_or_publish_events()
    {
        var owner = (await world.MembersAsync(1))[0];
        Assert.Equal(EventProblems.Forbidden, Assert.Single((await world.Studio.CreateAsync(owner, world.Draft())).Problems).Code);
    }

    [Fact]
    public async Task Draft_fields_are_checked_with_the_field_named()
    {
        var draft = world.Draft();
        draft.Title = "x";
        draft.EndsLocal = draft.StartsLocal.AddHours(-1);
        draft.Capacity = 0;
        draft.Venue = null;
        draft.Address = null;
        draft.MapUrl = "javascript:alert(1)";

        var result = await world.Studio.CreateAsync(world.EditorId, draft);

        Assert.Equal(
            [nameof(EventDraft.Capacity), nameof(EventDraft.EndsLocal), nameof(EventDraft.MapUrl), nameof(EventDraft.Title), nameof(EventDraft.Venue)],
            result.Problems.Select(p => p.Field!).Order());
    }

    [Fact]
    public async Task A_weekly_series_creates_one_event_per_week_with_its_own_seats()
    {
        var draft = world.Draft(capacity: 3);
        draft.Repeat = EventRepeat.Weekly;
        draft.Occurrences = 4;
        var first = await world.Studio.CreateAsync(world.EditorId, draft);
        await using var db = world.Database.CreateDbContext();
        var events = await db.Events.OrderBy(e => e.StartsAt).ToListAsync();

        Assert.Equal(4, events.Count);
        Assert.Single(events.Select(e => e.SeriesKey).Distinct());
        Assert.All(events.Skip(1).Zip(events), p => Assert.Equal(TimeSpan.FromDays(7), p.First.StartsAt - p.Second.StartsAt));
        Assert.Equal(first.Value, events[0].Id);
    }

    /// <summary>Nothing of a refused sign-up was written: no row, and (for refusals inside the lock) the arrival counter rolled back.</summary>
    private async Task AssertOnlySignupsAsync(int eventId, int count)
    {
        await using var db = world.Database.CreateDbContext();
        Assert.Equal(count, await db.EventSignups.CountAsync(s => s.EventId == eventId));
        Assert.Equal(count, await db.Events.Where(e => e.Id == eventId).Select(e => e.SignupSequence).SingleAsync() - (await db.Events.AnyAsync(e => e.Id == eventId && e.Status == EventStatus.Cancelled) ? 1 : 0));
    }
}
