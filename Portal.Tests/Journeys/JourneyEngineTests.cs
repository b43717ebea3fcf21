using Microsoft.EntityFrameworkCore;
using Portal.Domain.Engagement;
using Portal.Domain.Journeys;
using Portal.Tests.Infrastructure;
using static Portal.Tests.Journeys.JourneyTestKit;

namespace Portal.Tests.Journeys;

/// <summary>The journey engine on a real SQLite database with a fake clock: entry, waits, branches, actions, goals, holdout.</summary>
public sealed class JourneyEngineTests
{
    [Fact]
    public async Task A_member_walks_the_steps_waits_and_takes_the_branch_their_activity_decides()
    {
        await using var database = await TestDatabase.CreateAsync();
        await StartAsync(database, NudgeThenTag());
        var joined = await JoinAsync(database, 2);
        var (quiet, busy) = (joined[0], joined[1]);

        var first = await RunAsync(database);

        Assert.Equal(2, first.Entered);
        Assert.Equal(4, first.Steps); // the message and the wait, for each
        Assert.Equal(["Come back"], await MessagesAsync(database, quiet));
        var waiting = await EnrollmentAsync(database, quiet);
        Assert.Equal(2, waiting.Step);
        Assert.Equal(waiting.EnteredAt.AddHours(24), waiting.NextRunAt);

        // Active later on the day they entered: enough for the condition, not for the goal (a later day).
        await ActiveOnAsync(database, busy, Today(database));

        // Nothing moves before the day is up.
        database.Clock.Advance(TimeSpan.FromHours(23));
        Assert.Equal(new JourneyPass(0, 0, 0), await RunAsync(database));

        database.Clock.Advance(TimeSpan.FromHours(1));
        await RunAsync(database);

        var tagged = await EnrollmentAsync(database, quiet);
        var skipped = await EnrollmentAsync(database, busy);
        Assert.Equal(JourneyExits.ExitStep, tagged.ExitReason);
        Assert.Equal(JourneyExits.ExitStep, skipped.ExitReason);
        await using var db = database.CreateDbContext();
        Assert.Equal([quiet], await db.MemberTags.Where(t => t.Tag == Tag).Select(t => t.MemberId).ToListAsync());
        Assert.Equal(3, await db.JourneyActions.CountAsync(a => a.Outcome == JourneyActionOutcome.Sent));
    }

    [Fact]
    public async Task Holdout_members_walk_the_same_steps_with_every_action_skipped_and_recorded()
    {
        await using var database = await TestDatabase.CreateAsync();
        await StartAsync(database, NudgeThenTag(), holdoutPercent: 50);
        var members = await JoinAsync(database, 40);
        await RunAsync(database);
        database.Clock.Advance(TimeSpan.FromDays(1));
        await RunAsync(database);

        await using var db = database.CreateDbContext();
        var enrollments = await db.JourneyEnrollments.AsNoTracking().ToListAsync();
        var heldOut = enrollments.Where(e => e.HeldOut).Select(e => e.MemberId).ToHashSet();
        Assert.InRange(heldOut.Count, 8, 32); // about half of 40
        Assert.All(enrollments, e => Assert.Equal(JourneyExits.ExitStep, e.ExitReason));
        var actions = await db.JourneyActions.AsNoTracking().ToListAsync();
        Assert.Equal(80, actions.Count); // two actions each, recorded for all
        Assert.All(actions, a => Assert.Equal(heldOut.Contains(a.MemberId) ? JourneyActionOutcome.HeldOut : JourneyActionOutcome.Sent, a.Outcome));
        Assert.Equal(0, await db.MessageDeliveries.CountAsync(d => heldOut.Contains(d.MemberId)));
        Assert.Equal(40 - heldOut.Count, await db.MessageDeliveries.CountAsync());
        Assert.Equal(40 - heldOut.Count, await db.MemberTags.CountAsync());
    }

    [Fact]
    public async Task Reaching_the_goal_marks_the_conversion_and_ends_the_journey_for_treated_and_holdout_alike()
    {
        await using var database = await TestDatabase.CreateAsync();
        await StartAsync(database, NudgeThenTag());
        var joined = await JoinAsync(database, 2);
        var (member, other) = (joined[0], joined[1]);
        await RunAsync(database);
        var entryDay = Today(database);

        // Activity on the day of entry does not count: the goal is "active again" on a later day.
        await ActiveOnAsync(database, other, entryDay);
        database.Clock.Advance(TimeSpan.FromHours(20));
        await ActiveOnAsync(database, member, entryDay + 1);
        var pass = await RunAsync(database);

        Assert.Equal(1, pass.Goals);
        var converted = await EnrollmentAsync(database, member);
        Assert.Equal(database.Get<EngagementCalendar>().StartOf(entryDay + 1), converted.GoalReachedAt);
        Assert.Equal(JourneyExits.Goal, converted.ExitReason);
        Assert.Null(converted.NextRunAt);
        Assert.Null((await EnrollmentAsync(database, other)).GoalReachedAt);

        // After the window (14 days) activity no longer converts.
        database.Clock.Advance(TimeSpan.FromDays(16));
        await ActiveOnAsync(database, other, Today(database));
        Assert.Equal(0, (await RunAsync(database)).Goals);
        Assert.Null((await EnrollmentAsync(database, other)).GoalReachedAt);
    }

    [Fact]
    public async Task A_weekday_wait_ends_at_the_hour_in_each_members_own_time_zone()
    {
        await using var database = await TestDatabase.CreateAsync();
        var definition = NudgeThenTag();
        definition.Steps[1] = new JourneyStep { Kind = JourneyStepKind.Wait, WaitHours = null, UntilDay = DayOfWeek.Saturday, UntilHour = 10 };
        await StartAsync(database, definition);
        var joined = await JoinAsync(database, 2);
        var (shanghai, newYork) = (joined[0], joined[1]);
        await using (var db = database.CreateDbContext())
        {
            await db.Users.Where(u => u.Id == newYork).ExecuteUpdateAsync(s => s.SetProperty(u => u.TimeZoneId, "America/New_York"));
        }

        await RunAsync(database); // Sunday 15 March 2026, 09:31 UTC

        Assert.Equal(new DateTimeOffset(2026, 3, 21, 2, 0, 0, TimeSpan.Zero), (await EnrollmentAsync(database, shanghai)).NextRunAt);
        Assert.Equal(new DateTimeOffset(2026, 3, 21, 14, 0, 0, TimeSpan.Zero), (await EnrollmentAsync(database, newYork)).NextRunAt);

        database.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 21, 2, 0, 0, TimeSpan.Zero));
        await RunAsync(database);
        Assert.NotNull((await EnrollmentAsync(database, shanghai)).ExitedAt);
        Assert.Null((await EnrollmentAsync(database, newYork)).ExitedAt);
    }

    [Fact]
    public async Task Stage_trigger_takes_members_who_enter_the_stage_after_the_start_not_those_already_in_it()
    {
        await using var database = await TestDatabase.CreateAsync();
        var members = await JoinAsync(database, 3);
        await SetStageAsync(database, members[0], LifecycleStage.AtRisk);
        await SetStageAsync(database, members[1], LifecycleStage.Active);
        await StartAsync(database, NudgeThenTag(JourneyTriggerKind.EnteredStage));

        Assert.Equal(0, (await RunAsync(database)).Entered);

        await SetStageAsync(database, members[1], LifecycleStage.AtRisk);
        await SetStageAsync(database, members[2], LifecycleStage.Dormant);
        Assert.Equal(1, (await RunAsync(database)).Entered);
        Assert.Equal(members[1], (await EnrollmentAsync(database, members[1])).MemberId);
        Assert.Equal(0, (await RunAsync(database)).Entered);
    }

    [Fact]
    public async Task Car_and_check_in_triggers_read_their_rows_after_the_watermark_once()
    {
        await using var database = await TestDatabase.CreateAsync();
        var members = await JoinAsync(database, 2);
        await database.InsertVehicleAsync(members[0], vin: null); // before the start: not an entrant
        await StartAsync(database, NudgeThenTag(JourneyTriggerKind.CarAdded));
        database.Clock.Advance(TimeSpan.FromMinutes(5));
        await database.InsertVehicleAsync(members[1], vin: null);
        await database.InsertVehicleAsync(members[1], vin: null);

        Assert.Equal(1, (await RunAsync(database)).Entered);
        Assert.Equal(0, (await RunAsync(database)).Entered);
        await using var db = database.CreateDbContext();
        Assert.Equal([members[1]], await db.JourneyEnrollments.Select(e => e.MemberId).ToListAsync());
    }

    internal static async Task SetStageAsync(TestDatabase database, string memberId, LifecycleStage stage)
    {
        await using var db = database.CreateDbContext();
        var profile = await db.EngagementProfiles.SingleOrDefaultAsync(p => p.MemberId == memberId);
        if (profile is null)
        {
            db.EngagementProfiles.Add(new EngagementProfile { MemberId = memberId, JoinedAt = database.Clock.GetUtcNow(), Stage = stage });
        }
        else
        {
            profile.Stage = stage;
        }

        await db.SaveChangesAsync();
    }
}
