using Microsoft.EntityFrameworkCore;
using Portal.Domain.Engagement;
using Portal.Domain.Journeys;
using Portal.Domain.Messaging;
using Portal.Domain.Segments;
using Portal.Tests.Infrastructure;
using static Portal.Tests.Journeys.JourneyTestKit;

namespace Portal.Tests.Journeys;

/// <summary>Journeys on saved segments (through the segment evaluator) and messages through the dispatcher's guard rails.</summary>
public sealed class JourneySegmentTests
{
    [Fact]
    public async Task Members_entering_a_segment_enter_and_a_segment_condition_sends_them_down_its_branch()
    {
        await using var database = await TestDatabase.CreateAsync();
        var members = await JoinAsync(database, 3);
        var atRisk = await SaveSegmentAsync(database, "At risk", members[0], SegmentDefinition.AllOf(new StageCondition(LifecycleStage.AtRisk)));
        var noVin = await SaveSegmentAsync(database, "Car without VIN", members[0], SegmentDefinition.AllOf(new CarWithoutVinCondition()));
        foreach (var member in members)
        {
            await JourneyEngineTests.SetStageAsync(database, member, member == members[0] ? LifecycleStage.AtRisk : LifecycleStage.Active);
        }

        await database.InsertVehicleAsync(members[1], vin: null);
        var definition = new JourneyDefinition
        {
            Trigger = new JourneyTrigger { Kind = JourneyTriggerKind.EnteredSegment, SegmentId = atRisk },
            Steps =
            [
                new JourneyStep { Kind = JourneyStepKind.Condition, Condition = JourneyConditionKind.Segment, SegmentId = noVin, Then = 2 },
                new JourneyStep { Kind = JourneyStepKind.Exit },
                new JourneyStep { Kind = JourneyStepKind.Action, Action = JourneyActionKind.AddTag, Tag = "add-your-vin" },
            ],
        };
        await StartAsync(database, definition);

        await JourneyEngineTests.SetStageAsync(database, members[1], LifecycleStage.AtRisk);
        await JourneyEngineTests.SetStageAsync(database, members[2], LifecycleStage.AtRisk);
        var pass = await RunAsync(database);

        Assert.Equal(2, pass.Entered); // members[0] was at risk before the start
        await using var db = database.CreateDbContext();
        Assert.Equal([members[1]], await db.MemberTags.Where(t => t.Tag == "add-your-vin").Select(t => t.MemberId).ToListAsync());
        Assert.Equal(JourneyExits.Completed, (await EnrollmentAsync(database, members[1])).ExitReason);
        Assert.Equal(JourneyExits.ExitStep, (await EnrollmentAsync(database, members[2])).ExitReason);
    }

    [Fact]
    public async Task A_segment_that_does_not_exist_is_refused_on_the_field_that_names_it()
    {
        await using var database = await TestDatabase.CreateAsync();
        var definition = NudgeThenTag();
        definition.Trigger = new JourneyTrigger { Kind = JourneyTriggerKind.EnteredSegment, SegmentId = 404 };
        definition.Steps[2].Condition = JourneyConditionKind.Segment;
        definition.Steps[2].SegmentId = 405;

        var result = await database.Get<JourneyService>().SaveAsync(null, new JourneyInput { Name = "Lost", Definition = definition });

        Assert.Equal([("Trigger", JourneyProblems.SegmentUnknown), ("Steps[2]", JourneyProblems.SegmentUnknown)], result.Problems.Select(p => (p.Field!, p.Code)));
        await using var db = database.CreateDbContext();
        Assert.False(await db.Journeys.AnyAsync());
    }

    [Fact]
    public async Task A_message_the_guard_rails_refuse_is_recorded_as_suppressed_and_the_member_walks_on()
    {
        await using var database = await TestDatabase.CreateAsync();
        await StartAsync(database, NudgeThenTag());
        var members = await JoinAsync(database, 2);
        await using (var db = database.CreateDbContext())
        {
            await db.Users.Where(u => u.Id == members[1]).ExecuteUpdateAsync(s => s.SetProperty(u => u.MarketingConsentAt, (DateTimeOffset?)null));
        }

        await RunAsync(database);

        await using var after = database.CreateDbContext();
        var outcomes = await after.JourneyActions.OrderBy(a => a.Id).Select(a => new { a.MemberId, a.Outcome }).ToListAsync();
        Assert.Equal(JourneyActionOutcome.Sent, outcomes.Single(o => o.MemberId == members[0]).Outcome);
        Assert.Equal(JourneyActionOutcome.Suppressed, outcomes.Single(o => o.MemberId == members[1]).Outcome);
        Assert.Equal(SuppressionReason.NoConsent, await after.MessageDeliveries.Where(d => d.MemberId == members[1]).Select(d => d.Reason).SingleAsync());
        Assert.Equal(2, (await EnrollmentAsync(database, members[1])).Step);
    }

    private static async Task<int> SaveSegmentAsync(TestDatabase database, string name, string operatorId, SegmentDefinition definition)
    {
        var saved = await database.Get<SegmentService>().CreateAsync(new SegmentInput(name, null, definition), operatorId, CancellationToken.None);
        Assert.True(saved.Succeeded, string.Join(", ", saved.Problems.Select(p => p.Code)));
        return saved.Value!.Id;
    }
}
