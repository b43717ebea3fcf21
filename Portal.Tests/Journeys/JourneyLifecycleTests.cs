using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.Domain.Accounts;
using Portal.Domain.Messaging;
using Portal.Domain.Segments;
using Portal.Domain.Data;
using Portal.Domain.Journeys;
using Portal.Tests.Infrastructure;
using static Portal.Tests.Journeys.JourneyTestKit;

namespace Portal.Tests.Journeys;

/// <summary>The journey over time: restarts and crashes mid-journey, re-entry, pausing, stopping and new versions.</summary>
public sealed class JourneyLifecycleTests
{
    [Fact]
    public async Task A_restart_mid_journey_resumes_from_the_database_and_never_runs_an_action_twice()
    {
        await using var database = await TestDatabase.CreateAsync();
        await StartAsync(database, NudgeThenTag());
        var members = await JoinAsync(database, 3);
        await RunAsync(database);

        // A node crashed holding a claim on the first member, after its message had gone out through the dispatcher
        // but before its own transaction moved the member on: the member is still on the message step.
        await using (var db = database.CreateDbContext())
        {
            await db.JourneyEnrollments.Where(e => e.MemberId == members[0]).ExecuteUpdateAsync(s => s
                .SetProperty(e => e.Step, 0)
                .SetProperty(e => e.NextRunAt, database.Clock.GetUtcNow())
                .SetProperty(e => e.ClaimToken, "crashed-node")
                .SetProperty(e => e.ClaimedUntil, database.Clock.GetUtcNow().AddMinutes(5)));
        }

        // A new process: nothing in memory, only the database. The claim still holds, so nobody touches the member.
        var restarted = new JourneySteps(
            database.Get<IDbContextFactory<PortalDbContext>>(), database.Get<MessageDispatcher>(), database.Get<SegmentEvaluator>(), database.Get<IOptions<JourneyOptions>>(), database.Clock);
        Assert.Equal(0, await restarted.AdvanceAsync());

        // Once the lease has run out the member is taken over and moves on, with the message recorded once.
        database.Clock.Advance(TimeSpan.FromMinutes(6));
        Assert.Equal(2, await restarted.AdvanceAsync()); // the message (already done: skipped) and the wait
        database.Clock.Advance(TimeSpan.FromDays(1));
        await RunAsync(database);

        await using var after = database.CreateDbContext();
        foreach (var member in members)
        {
            Assert.Equal(1, await after.MessageDeliveries.CountAsync(d => d.MemberId == member));
            Assert.Equal(2, await after.JourneyActions.CountAsync(a => a.MemberId == member));
            Assert.Equal(1, await after.MemberTags.CountAsync(t => t.MemberId == member));
            Assert.Equal(JourneyExits.ExitStep, (await EnrollmentAsync(database, member)).ExitReason);
        }

        Assert.Equal(0, await after.JourneyEnrollments.CountAsync(e => e.ClaimToken != null));
    }

    [Fact]
    public async Task Once_ever_never_takes_a_member_again_and_after_n_days_takes_them_again_once_they_left()
    {
        await using var database = await TestDatabase.CreateAsync();
        var once = await StartAsync(database, NudgeThenTag(JourneyTriggerKind.EnteredStage));
        var again = await StartAsync(database, NudgeThenTag(JourneyTriggerKind.EnteredStage), reentryDays: 7);
        var member = (await JoinAsync(database, 1))[0];

        for (var round = 0; round < 3; round++)
        {
            await JourneyEngineTests.SetStageAsync(database, member, Portal.Domain.Engagement.LifecycleStage.AtRisk);
            await RunAsync(database);
            database.Clock.Advance(TimeSpan.FromDays(round == 0 ? 3 : 5)); // out after a day; back in after 3 days, then after 5 more
            await RunAsync(database);
            await JourneyEngineTests.SetStageAsync(database, member, Portal.Domain.Engagement.LifecycleStage.Active);
            await RunAsync(database);
        }

        await using var db = database.CreateDbContext();
        Assert.Equal(1, await db.JourneyEnrollments.CountAsync(e => e.JourneyId == once));

        // Entered on day 0; back at risk on day 3 (too soon: 7 days), then on day 8 (in again, as a new entry).
        var entries = await db.JourneyEnrollments.Where(e => e.JourneyId == again).OrderBy(e => e.Id).ToListAsync();
        Assert.Equal(2, entries.Count);
        Assert.Equal(TimeSpan.FromDays(8), entries[1].EnteredAt - entries[0].EnteredAt);
        Assert.NotEqual(entries[0].Id, entries[1].Id);
        Assert.Equal(4, await db.JourneyActions.CountAsync(a => a.JourneyId == again)); // each entry its own actions
    }

    [Fact]
    public async Task Pausing_keeps_members_where_they_are_and_resuming_moves_them_on_without_those_who_came_meanwhile()
    {
        await using var database = await TestDatabase.CreateAsync();
        var service = database.Get<JourneyService>();
        var id = await StartAsync(database, NudgeThenTag());
        var first = (await JoinAsync(database, 1))[0];
        await RunAsync(database);

        Assert.True((await service.PauseAsync(id, OperatorId)).Succeeded);
        var late = (await JoinAsync(database, 1))[0];
        database.Clock.Advance(TimeSpan.FromDays(2));
        var paused = await RunAsync(database);

        Assert.Equal(new JourneyPass(0, 0, 0), paused);
        Assert.Equal(2, (await EnrollmentAsync(database, first)).Step);
        Assert.False((await service.PauseAsync(id, OperatorId)).Succeeded);

        Assert.True((await service.ResumeAsync(id, OperatorId)).Succeeded);
        var resumed = await RunAsync(database);

        Assert.Equal(0, resumed.Entered); // joined while paused: not taken
        Assert.Equal(3, resumed.Steps); // condition, tag, exit
        Assert.Equal(JourneyExits.ExitStep, (await EnrollmentAsync(database, first)).ExitReason);
        await using var db = database.CreateDbContext();
        Assert.False(await db.JourneyEnrollments.AnyAsync(e => e.MemberId == late));
    }

    [Fact]
    public async Task Stopping_ends_the_journey_for_everyone_in_it_and_it_cannot_start_again()
    {
        await using var database = await TestDatabase.CreateAsync();
        var service = database.Get<JourneyService>();
        var id = await StartAsync(database, NudgeThenTag());
        var member = (await JoinAsync(database, 1))[0];
        await RunAsync(database);

        Assert.True((await service.StopAsync(id, OperatorId)).Succeeded);
        database.Clock.Advance(TimeSpan.FromDays(2));
        await RunAsync(database);

        var enrollment = await EnrollmentAsync(database, member);
        Assert.Equal(JourneyExits.Stopped, enrollment.ExitReason);
        Assert.Equal(2, enrollment.Step);
        Assert.Equal(JourneyProblems.WrongStatus, (await service.ResumeAsync(id, OperatorId)).Problems[0].Code);
        Assert.Equal(JourneyProblems.WrongStatus, (await service.StartAsync(id, OperatorId)).Problems[0].Code);

        // Starting and stopping are audited, naming the journey; the refused changes wrote nothing.
        await using var db = database.CreateDbContext();
        var audit = await db.AuditEntries.Where(a => a.TargetType == "journey" && a.TargetId == id.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .OrderBy(a => a.Id).Select(a => new { a.ActorId, a.Action, a.Detail }).ToListAsync();
        Assert.Equal([AuditActions.JourneyStarted, AuditActions.JourneyStopped], audit.Select(a => a.Action));
        Assert.All(audit, a => Assert.Equal((OperatorId, "Test journey"), (a.ActorId, a.Detail)));
    }

    [Fact]
    public async Task Editing_a_started_journey_writes_a_new_version_that_only_new_entrants_walk()
    {
        await using var database = await TestDatabase.CreateAsync();
        var service = database.Get<JourneyService>();
        var id = await StartAsync(database, NudgeThenTag());
        var early = (await JoinAsync(database, 1))[0];
        await RunAsync(database);

        var edited = NudgeThenTag();
        edited.Steps[0].Text = "A new message";
        edited.Steps[1].WaitHours = 72;
        Assert.True((await service.SaveAsync(id, new JourneyInput { Name = "Test journey", HoldoutPercent = 0, Definition = edited })).Succeeded);
        var late = (await JoinAsync(database, 1))[0];
        await RunAsync(database);

        var first = await EnrollmentAsync(database, early);
        var second = await EnrollmentAsync(database, late);
        Assert.Equal(1, first.Version);
        Assert.Equal(2, second.Version);
        Assert.Equal(first.EnteredAt.AddHours(24), first.NextRunAt); // the frozen version's wait
        Assert.Equal(second.EnteredAt.AddHours(72), second.NextRunAt);
        await using var db = database.CreateDbContext();
        Assert.Equal(["A new message"], await MessagesAsync(database, late));
        Assert.Equal(["Come back"], await MessagesAsync(database, early));
        Assert.Equal(2, await db.JourneyVersions.CountAsync(v => v.JourneyId == id));

        // Saving the same steps again (a rename) writes no version.
        Assert.True((await service.SaveAsync(id, new JourneyInput { Name = "Renamed", HoldoutPercent = 0, Definition = edited })).Succeeded);
        Assert.Equal(2, await db.JourneyVersions.CountAsync(v => v.JourneyId == id));
    }
}
