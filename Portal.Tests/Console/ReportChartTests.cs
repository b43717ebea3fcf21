using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Portal.Console.Shared;
using Portal.Domain.Engagement;
using Portal.Domain.Engagement.Reports;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Console;

/// <summary>A report card: chart first on a desktop, a switch to its table view, withheld cells in words, its CSV link.</summary>
public sealed class ReportChartTests : PortalComponentTest
{
    private static readonly int Today = new DateOnly(2026, 3, 15).DayNumber;

    public ReportChartTests() => Services.AddSingleton(new PrivacyFloor(Options.Create(new EngagementOptions())));

    [Fact]
    public void The_chart_toggles_to_a_captioned_table_where_a_withheld_cell_reads_fewer_than_5()
    {
        var cut = Render<ReportChart>(p => p
            .Add(c => c.Title, "Members active")
            .Add(c => c.Table, Table())
            .Add(c => c.Period, ReportPeriod.Last(7, Today)));

        Assert.Empty(cut.FindAll("table"));
        Assert.NotEmpty(cut.FindAll(".portal-report-chart"));

        cut.Find("[data-testid=view-table]").Click();

        var table = cut.Find("table");
        Assert.Equal("Members active", table.QuerySelector("caption")!.TextContent);
        Assert.Equal(["Day", "Daily active members"], table.QuerySelectorAll("thead th").Select(th => th.TextContent.Trim()));
        Assert.Equal("fewer than 5", table.QuerySelector("td[data-withheld=true]")!.TextContent);
        Assert.Equal("12", table.QuerySelectorAll("tbody tr")[0].QuerySelector("td")!.TextContent);
        Assert.Equal("/console/exports/test-report.csv?days=7", cut.Find("[data-testid=report-csv]").GetAttribute("href"));
    }

    [Fact]
    public void A_table_without_activity_says_so_and_a_missing_one_is_loading()
    {
        var empty = new ReportTable("test-report", [new("day", ReportColumnKind.Day), new("dau", ReportColumnKind.Count)], [new([ReportCell.Day(Today), ReportCell.Of(0)])], 5);

        var cut = Render<ReportChart>(p => p.Add(c => c.Title, "Members active").Add(c => c.Table, empty));
        var loading = Render<ReportChart>(p => p.Add(c => c.Title, "Members active").Add(c => c.Table, null));

        Assert.Contains("No activity recorded in this period yet", cut.Find("[data-testid=report-empty]").TextContent, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("[data-testid=view-table]"));
        Assert.NotEmpty(loading.FindAll(".mud-progress-linear"));
    }

    private static ReportTable Table() => new(
        "test-report",
        [new("day", ReportColumnKind.Day), new("dau", ReportColumnKind.Count)],
        [new([ReportCell.Day(Today - 1), ReportCell.Of(12)]), new([ReportCell.Day(Today), ReportCell.Withheld])],
        5);
}
