using Microsoft.EntityFrameworkCore;
using Portal.Domain.Engagement.Reports;
using Portal.Domain.Journeys;
using Portal.Domain.Seeding;
using Portal.Tests.Infrastructure;
using static Portal.Tests.Journeys.JourneyTestKit;

namespace Portal.Tests.Journeys;

/// <summary>What a journey's page and the list say: the demo journey's believable history, and the privacy floor on small journeys.</summary>
public sealed class JourneyReportsTests
{
    [Fact]
    public async Task The_demo_journey_runs_with_a_history_and_an_honest_lift()
    {
        await using var database = await TestDatabase.CreateSeededAsync();
        var reports = database.Get<JourneyReports>();

        var summary = Assert.Single(await reports.ListAsync());
        var results = await reports.ResultsAsync(summary.Id);

        Assert.Equal(JourneysSeedStep.Name, summary.Name);
        Assert.Equal(JourneyStatus.Running, summary.Status);
        Assert.NotNull(results);
        Assert.InRange(results.Entrants!.Value, 150, 400);
        var lift = results.Lift;
        Assert.False(lift.Withheld, $"treated {lift.Comparison.TreatedConverted}/{lift.Comparison.TreatedN}, holdout {lift.Comparison.HoldoutConverted}/{lift.Comparison.HoldoutN}");
        Assert.InRange(lift.Comparison.HoldoutN, 20, 100);
        Assert.True(lift.Comparison.TreatedRate > lift.Comparison.HoldoutRate);
        Assert.Equal(summary.Conversion, lift.Comparison.TreatedRate);
        Assert.Equal(14, lift.GoalDays);

        // Every action step has its sent and held-out counts; members are on the journey's steps now and have left it for reasons.
        Assert.Equal(2, results.Actions.Rows.Count);
        Assert.All(results.Actions.Rows, r => Assert.True(r.Cells[1].Number > 0 && r.Cells[3].Number > 0));
        Assert.Contains(results.StepsNow.Rows, r => r.Cells[0].Text == "Left: reached the goal");
        Assert.Equal(JourneyReports.ChartDays, results.EntrantsByDay.Rows.Count);
        Assert.True(results.EntrantsByDay.HasActivity);

        await using var db = database.CreateDbContext();
        Assert.True(await db.Notifications.AnyAsync(n => n.Subject.StartsWith("We miss you")));
    }

    [Fact]
    public async Task A_journey_of_fewer_than_five_shows_no_member_counts()
    {
        await using var database = await TestDatabase.CreateAsync();
        var id = await StartAsync(database, NudgeThenTag());
        await JoinAsync(database, 3);
        await RunAsync(database);

        var results = await database.Get<JourneyReports>().ResultsAsync(id);

        Assert.NotNull(results);
        Assert.Null(results.Entrants);
        Assert.Equal(0, results.Lift.Comparison.TreatedN); // no goal window has closed yet: nothing to withhold
        Assert.Contains(results.EntrantsByDay.Rows, r => r.Cells[1].IsWithheld);
        Assert.All(results.StepsNow.Rows, r => Assert.True(r.Cells[1].IsWithheld));
        Assert.All(results.Actions.Rows, r => Assert.True(r.Cells[1].IsWithheld));
        Assert.Null((await database.Get<JourneyReports>().ListAsync()).Single().Entrants);
        Assert.Null(await database.Get<JourneyReports>().ResultsAsync(id + 1));

        database.Clock.Advance(TimeSpan.FromDays(15));
        var decided = (await database.Get<JourneyReports>().ResultsAsync(id))!.Lift;
        Assert.True(decided.Withheld);
        Assert.Equal(3, decided.Comparison.TreatedN); // the page shows none of it
    }

    [Fact]
    public async Task The_lift_counts_entrants_whose_goal_window_has_closed()
    {
        await using var database = await TestDatabase.CreateAsync();
        var id = await StartAsync(database, NudgeThenTag(), holdoutPercent: 50);
        var members = await JoinAsync(database, 40);
        await RunAsync(database);
        var entryDay = Today(database);
        foreach (var member in members.Take(12))
        {
            await ActiveOnAsync(database, member, entryDay + 2);
        }

        database.Clock.Advance(TimeSpan.FromDays(3));
        await RunAsync(database);
        var open = (await database.Get<JourneyReports>().ResultsAsync(id))!.Lift.Comparison;

        // Within the window only those who converted count; once it closed, everybody.
        Assert.Equal(12, open.TreatedN + open.HoldoutN);
        database.Clock.Advance(TimeSpan.FromDays(14));
        var closed = (await database.Get<JourneyReports>().ResultsAsync(id))!.Lift.Comparison;
        Assert.Equal(40, closed.TreatedN + closed.HoldoutN);
        Assert.Equal(12, closed.TreatedConverted + closed.HoldoutConverted);
        await using var db = database.CreateDbContext();
        var heldOut = await db.JourneyEnrollments.CountAsync(e => e.HeldOut);
        Assert.Equal(heldOut, closed.HoldoutN);
        Assert.Equal(ReportColumnKind.Day, (await database.Get<JourneyReports>().ResultsAsync(id))!.EntrantsByDay.Columns[0].Kind);
    }
}
