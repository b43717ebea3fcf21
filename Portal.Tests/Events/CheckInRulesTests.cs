using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Accounts;
using Portal.Domain.Audit;
using Portal.Domain.Events;

namespace Portal.Tests.Events;

/// <summary>
/// The door's rules on a real database with a fake clock: a checked-in place cannot be cancelled or made smaller by its
/// member, operators can take a check-in back (audited, naming the member and the event), and check-in is open from
/// three hours (configurable) before the start until the end.
/// </summary>
public sealed class CheckInRulesTests : IAsyncLifetime
{
    private EventWorld world = default!;

    public async Task InitializeAsync() => world = await EventWorld.CreateAsync();

    public async Task DisposeAsync() => await world.DisposeAsync();

    private EventCheckIn CheckIn => world.Database.Get<EventCheckIn>();

    [Fact]
    public async Task A_checked_in_member_can_neither_cancel_nor_bring_fewer_guests_but_may_bring_more()
    {
        var eventId = await world.PublishedAsync(world.Draft(capacity: 10, maxGuests: 3));
        var member = (await world.MembersAsync(1))[0];
        var signup = await world.SignUpAsync(member, eventId, guests: 1);
        await world.AtTheDoorAsync(eventId);
        Assert.True((await CheckIn.CheckInAsync(world.OperatorId, eventId, signup.SignupId)).Succeeded);

        var cancel = await world.Signups.CancelAsync(member, eventId);
        var fewer = await world.Signups.ChangeGuestsAsync(member, eventId, 0);

        Assert.Equal(EventProblems.CheckedIn, Assert.Single(cancel.Problems).Code);
        Assert.Equal((EventProblems.CheckedIn, "Guests"), (Assert.Single(fewer.Problems).Code, fewer.Problems[0].Field));
        Assert.Equal(2, await world.ConfirmedSeatsAsync(eventId));
        Assert.Equal(new CheckInCounts(1, 2, 1, 2), await CheckIn.CountAsync(eventId));

        var more = await world.Signups.ChangeGuestsAsync(member, eventId, 3);
        Assert.True(more.Succeeded);
        Assert.Equal((3, SignupStatus.Confirmed), (more.Value!.Guests, more.Value.Status));
        Assert.NotNull(more.Value.CheckedInAt);
        Assert.Equal(new CheckInCounts(1, 4, 1, 4), await CheckIn.CountAsync(eventId));
    }

    [Fact]
    public async Task An_operator_undoes_a_check_in_the_log_names_the_member_and_the_event_and_the_member_may_cancel_again()
    {
        var eventId = await world.PublishedAsync();
        var member = (await world.MembersAsync(1, "Wang"))[0];
        var signup = await world.SignUpAsync(member, eventId);
        await world.AtTheDoorAsync(eventId);
        Assert.True((await CheckIn.CheckInAsync(world.OperatorId, eventId, signup.SignupId)).Succeeded);
        world.Database.Clock.Advance(TimeSpan.FromMinutes(2));

        Assert.Equal(EventProblems.Forbidden, Assert.Single((await CheckIn.UndoAsync(world.EditorId, eventId, signup.SignupId)).Problems).Code);
        Assert.Equal(EventProblems.NotFound, Assert.Single((await CheckIn.UndoAsync(world.OperatorId, eventId + 1, signup.SignupId)).Problems).Code);
        var undone = await CheckIn.UndoAsync(world.OperatorId, eventId, signup.SignupId);
        var again = await CheckIn.UndoAsync(world.OperatorId, eventId, signup.SignupId); // nothing left to undo: no second entry

        Assert.True(undone.Succeeded && again.Succeeded);
        Assert.Null(undone.Value!.CheckedInAt);
        Assert.Equal(new CheckInCounts(1, 1, 0, 0), await CheckIn.CountAsync(eventId));
        await using (var db = world.Database.CreateDbContext())
        {
            var entry = Assert.Single(await db.AuditEntries.Where(a => a.Action == AuditActions.CheckInUndone).ToListAsync());
            Assert.Equal((world.OperatorId, "member", member, world.Database.Clock.GetUtcNow()), (entry.ActorId, entry.TargetType, entry.TargetId, entry.At));
            Assert.Null(await db.EventSignups.Where(s => s.Id == signup.SignupId).Select(s => s.CheckedInById).SingleAsync());
        }

        var line = Assert.Single(await world.Database.Get<AuditLog>().LatestAsync(1));
        Assert.Equal((AuditTargetKind.Member, member, "Wang 0"), (line.Target.Kind, line.Target.Id, line.Target.Name));
        Assert.Equal(new AuditTarget(AuditTargetKind.Event, eventId.ToString(System.Globalization.CultureInfo.InvariantCulture), world.Draft().Title), line.Place);

        Assert.True((await world.Signups.CancelAsync(member, eventId)).Succeeded);
    }

    [Fact]
    public async Task Check_in_opens_three_hours_before_the_start_and_closes_at_the_end()
    {
        var eventId = await world.PublishedAsync();
        var members = await world.MembersAsync(3);
        var signups = new List<SignupOutcome>();
        foreach (var member in members)
        {
            signups.Add(await world.SignUpAsync(member, eventId));
        }

        var (starts, ends) = await TimesAsync(eventId);
        var opens = starts.AddHours(-3);
        Assert.Equal(opens, CheckIn.OpensAt(starts));

        world.Database.Clock.SetUtcNow(opens.AddSeconds(-1));
        var early = Assert.Single((await CheckIn.CheckInAsync(world.OperatorId, eventId, signups[0].SignupId)).Problems);
        Assert.Equal(EventProblems.CheckInNotOpen, early.Code);
        Assert.Equal(opens, Assert.Single(early.Args));
        Assert.Equal(new CheckInCounts(3, 3, 0, 0), await CheckIn.CountAsync(eventId));

        world.Database.Clock.SetUtcNow(opens);
        Assert.True((await CheckIn.CheckInAsync(world.OperatorId, eventId, signups[0].SignupId)).Succeeded);

        world.Database.Clock.SetUtcNow(ends.AddSeconds(-1));
        Assert.True((await CheckIn.CheckInAsync(world.OperatorId, eventId, signups[1].SignupId)).Succeeded);

        world.Database.Clock.SetUtcNow(ends);
        Assert.Equal(EventProblems.CheckInClosed, Assert.Single((await CheckIn.CheckInAsync(world.OperatorId, eventId, signups[2].SignupId)).Problems).Code);
        Assert.Equal(new CheckInCounts(3, 3, 2, 2), await CheckIn.CountAsync(eventId));
    }

    [Fact]
    public async Task How_long_before_the_start_the_door_opens_is_configurable()
    {
        await using var configured = await EventWorld.CreateAsync(services => services.Configure<EventOptions>(o => o.CheckInOpensBefore = TimeSpan.FromMinutes(30)));
        var eventId = await configured.PublishedAsync();
        var signup = await configured.SignUpAsync((await configured.MembersAsync(1))[0], eventId);
        await using var db = configured.Database.CreateDbContext();
        var starts = await db.Events.Where(e => e.Id == eventId).Select(e => e.StartsAt).SingleAsync();
        var checkIn = configured.Database.Get<EventCheckIn>();

        configured.Database.Clock.SetUtcNow(starts.AddMinutes(-31));
        Assert.Equal(EventProblems.CheckInNotOpen, Assert.Single((await checkIn.CheckInAsync(configured.OperatorId, eventId, signup.SignupId)).Problems).Code);
        configured.Database.Clock.SetUtcNow(starts.AddMinutes(-30));
        Assert.True((await checkIn.CheckInAsync(configured.OperatorId, eventId, signup.SignupId)).Succeeded);
    }

    private async Task<(DateTimeOffset Starts, DateTimeOffset Ends)> TimesAsync(int eventId)
    {
        await using var db = world.Database.CreateDbContext();
        var times = await db.Events.Where(e => e.Id == eventId).Select(e => new { e.StartsAt, e.EndsAt }).SingleAsync();
        return (times.StartsAt, times.EndsAt);
    }
}
