using Bunit;
using Portal.Console.Cohorts;
using Portal.Domain.Engagement;
using Portal.Domain.Engagement.Reports;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Console;

/// <summary>The cohort heat map: a real table whose shares are text, colour only a background; withheld and empty cohorts.</summary>
public sealed class CohortTableTests : PortalComponentTest
{
    private static readonly int Today = new DateOnly(2026, 3, 15).DayNumber;

    [Fact]
    public void Shares_are_text_with_a_background_withheld_cohorts_show_no_percentage_and_weeks_to_come_are_blank()
    {
        var week = EngagementCalendar.WeekOf(Today);
        RetentionCohort[] cohorts =
        [
            new(week, 20, [20]), // joined this week: only week 0 has happened
            new(week - 7, null, [null, null]), // three members: withheld by the privacy floor
            new(week - 14, 0, [0, 0, 0]), // nobody joined
            new(week - 21, 40, [40, 10, 30, 0]),
        ];
        var table = LifecycleTables.PerCohort(cohorts, weeks: 4, minGroupSize: 5);

        var cut = Render<CohortTable>(p => p.Add(c => c.Table, table).Add(c => c.Caption, "Cohorts").Add(c => c.CurrentWeek, week));

        Assert.Equal(["Joined in the week of", "Members", "Week 0 (joined)", "Week 1", "Week 2", "Week 3"], cut.FindAll("thead th").Select(th => th.TextContent));
        var rows = cut.FindAll("tbody tr").Select(tr => tr.Children.Select(c => c.TextContent).ToList()).ToList();
        Assert.Equal(["20", "100.0%", "", "", ""], rows[0][1..]);
        Assert.Equal(["fewer than 5", "fewer than 5", "fewer than 5", "", ""], rows[1][1..]);
        Assert.Equal(["0", "—", "—", "—", ""], rows[2][1..]);
        Assert.Equal(["40", "100.0%", "25.0%", "75.0%", "0.0%"], rows[3][1..]);
        var quarter = cut.FindAll("tbody tr")[3].Children[3];
        Assert.Equal("TD", quarter.TagName);
        Assert.Contains("rgba(var(--mud-palette-primary-rgb), 0.15)", quarter.GetAttribute("style"), StringComparison.Ordinal);
        Assert.Null(cut.FindAll("tbody tr")[1].Children[2].GetAttribute("style"));
        Assert.All(cut.FindAll("tbody th"), th => Assert.Equal("row", th.GetAttribute("scope")));
    }
}
