using Portal.Domain.Engagement.Reports;

namespace Portal.Tests.Console;

public sealed class ReportPeriodTests
{
    private static readonly int Today = new DateOnly(2026, 3, 15).DayNumber;

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("0")]
    [InlineData("-7")]
    [InlineData("45")]
    [InlineData("99999999999999999999")]
    [InlineData(" 7")]
    [InlineData("7.0")]
    [InlineData("７")]
    public void Bad_days_fall_back_to_the_last_30_days(string? days)
    {
        var period = ReportPeriod.Parse(days, null, null, Today);

        Assert.Equal((Today - 29, Today, 30, (int?)30), (period.From, period.To, period.Days, period.Preset));
    }

    [Theory]
    [InlineData("7", 7)]
    [InlineData("30", 30)]
    [InlineData("90", 90)]
    public void A_preset_ends_today(string days, int expected)
    {
        var period = ReportPeriod.Parse(days, null, null, Today);

        Assert.Equal((Today - expected + 1, Today, (int?)expected), (period.From, period.To, period.Preset));
        Assert.Equal((Today - 2 * expected + 1, Today - expected), (period.Previous.From, period.Previous.To));
    }

    [Fact]
    public void A_custom_range_wins_over_days_and_its_previous_period_has_the_same_length()
    {
        var period = ReportPeriod.Parse("7", "2026-03-01", "2026-03-10", Today);

        Assert.Null(period.Preset);
        Assert.Equal((new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 10), 10), (period.FromDate, period.ToDate, period.Days));
        Assert.Equal((new DateOnly(2026, 2, 19), new DateOnly(2026, 2, 28)), (period.Previous.FromDate, period.Previous.ToDate));
        Assert.Equal("2026-03-01_2026-03-10", period.FileSuffix);
        Assert.Equal([("days", null), ("from", "2026-03-01"), ("to", "2026-03-10")], period.Query);
    }

    [Theory]
    [InlineData("2026-03-10", "2026-03-01")]
    [InlineData("2026-13-01", "2026-03-10")]
    [InlineData("2026-03-01", "tomorrow")]
    [InlineData("'; DROP TABLE x; --", "2026-03-10")]
    [InlineData("2026-03-01T00:00", "2026-03-10")]
    [InlineData("2027-01-01", "2027-02-01")]
    [InlineData("0001-01-01", "0001-01-02")]
    public void A_bad_or_future_custom_range_falls_back(string from, string to)
    {
        var period = ReportPeriod.Parse("abc", from, to, Today);

        Assert.Equal((Today - 29, Today), (period.From, period.To));
    }

    [Fact]
    public void A_custom_range_is_cut_at_today_and_to_its_last_366_days()
    {
        var future = ReportPeriod.Parse(null, "2026-03-10", "2030-01-01", Today);
        var long_ = ReportPeriod.Parse(null, "2001-01-01", "2026-03-15", Today);

        Assert.Equal((new DateOnly(2026, 3, 10).DayNumber, Today), (future.From, future.To));
        Assert.Equal((Today - ReportPeriod.MaxDays + 1, Today), (long_.From, long_.To));
    }

    [Fact]
    public void Each_day_lists_the_days_in_order() =>
        Assert.Equal([Today - 6, Today - 5, Today - 4, Today - 3, Today - 2, Today - 1, Today], ReportPeriod.Last(7, Today).EachDay);
}
