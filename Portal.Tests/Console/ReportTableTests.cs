using System.Text;
using Microsoft.Extensions.Options;
using Portal.Domain.Engagement;
using Portal.Domain.Engagement.Reports;

namespace Portal.Tests.Console;

public sealed class ReportTableTests
{
    private static readonly PrivacyFloor Floor = new(Options.Create(new EngagementOptions { MinGroupSize = 5 }));

    [Theory]
    [InlineData(0, false, 0d)]
    [InlineData(1, true, null)]
    [InlineData(4, true, null)]
    [InlineData(5, false, 5d)]
    [InlineData(120, false, 120d)]
    public void Member_counts_below_the_floor_are_withheld_and_zero_is_shown(long members, bool withheld, double? shown)
    {
        var cell = ReportCell.Members(Floor, members);

        Assert.Equal((withheld, shown), (cell.IsWithheld, cell.Number));
    }

    [Fact]
    public void The_csv_has_localised_headers_iso_days_invariant_numbers_and_withheld_cells_in_words()
    {
        var day = new DateOnly(2026, 3, 1).DayNumber;
        var table = new ReportTable("test",
            [new("day", ReportColumnKind.Day), new("title", ReportColumnKind.Label), new("members", ReportColumnKind.Count), new("rate", ReportColumnKind.Percent)],
            [
                new([ReportCell.Day(day), ReportCell.Label("=HYPERLINK(\"x\")"), ReportCell.Members(Floor, 1234), ReportCell.Ratio(1, 8)]),
                new([ReportCell.Day(day + 1), ReportCell.Label("油耗, 冬天"), ReportCell.Members(Floor, 3), ReportCell.Ratio(1, 0)]),
            ],
            Floor.MinGroupSize);

        var bytes = table.ToCsv(c => "H-" + c.Key, "fewer than 5");

        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        Assert.Equal(
            "H-day,H-title,H-members,H-rate\r\n" +
            "2026-03-01,\"'=HYPERLINK(\"\"x\"\")\",1234,12.5%\r\n" +
            "2026-03-02,\"油耗, 冬天\",fewer than 5,\r\n",
            Encoding.UTF8.GetString(bytes[3..]));
    }

    [Fact]
    public void A_table_of_zeros_has_no_activity_and_a_withheld_cell_is_activity()
    {
        ReportColumn[] columns = [new("day", ReportColumnKind.Day), new("members", ReportColumnKind.Count)];

        Assert.False(new ReportTable("t", columns, [new([ReportCell.Day(1), ReportCell.Of(0)])], 5).HasActivity);
        Assert.True(new ReportTable("t", columns, [new([ReportCell.Day(1), ReportCell.Withheld])], 5).HasActivity);
        Assert.False(new ReportTable("t", columns, [], 5).HasActivity);
    }
}
