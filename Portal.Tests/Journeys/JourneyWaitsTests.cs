using Portal.Domain.Journeys;

namespace Portal.Tests.Journeys;

/// <summary>When waits end: hours from the moment the member reached the wait, or a weekday and hour in their own time zone.</summary>
public sealed class JourneyWaitsTests
{
    // Sunday 15 March 2026, 09:30 UTC: 17:30 in Shanghai (UTC+8), 05:30 in New York (EDT, UTC-4 since 8 March).
    private static readonly DateTimeOffset Sunday = new(2026, 3, 15, 9, 30, 0, TimeSpan.Zero);

    [Fact]
    public void A_duration_counts_from_when_the_member_reached_the_wait()
    {
        Assert.Equal(Sunday.AddHours(36), JourneyWaits.Until(new JourneyStep { Kind = JourneyStepKind.Wait, WaitHours = 36 }, Sunday, "Asia/Shanghai"));
    }

    [Theory]
    [InlineData("Asia/Shanghai", DayOfWeek.Saturday, 10, "2026-03-21T02:00:00Z")] // Saturday 10:00 +08
    [InlineData("America/New_York", DayOfWeek.Saturday, 10, "2026-03-21T14:00:00Z")] // Saturday 10:00 -04
    [InlineData("Asia/Shanghai", DayOfWeek.Sunday, 18, "2026-03-15T10:00:00Z")] // later the same local day
    [InlineData("Asia/Shanghai", DayOfWeek.Sunday, 10, "2026-03-22T02:00:00Z")] // already past today: next week
    [InlineData("America/New_York", DayOfWeek.Sunday, 5, "2026-03-22T09:00:00Z")] // 05:00 passed half an hour ago
    public void A_weekday_and_hour_is_in_the_members_own_time_zone(string zone, DayOfWeek day, int hour, string expected)
    {
        var step = new JourneyStep { Kind = JourneyStepKind.Wait, WaitHours = null, UntilDay = day, UntilHour = hour };

        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), JourneyWaits.Until(step, Sunday, zone));
    }

    [Fact]
    public void An_hour_a_clock_change_skips_moves_forward_by_the_gap()
    {
        // New York skipped 02:00 to 03:00 on Sunday 8 March 2026: "Sunday at 2" is 03:00 EDT, 07:00 UTC.
        var step = new JourneyStep { Kind = JourneyStepKind.Wait, WaitHours = null, UntilDay = DayOfWeek.Sunday, UntilHour = 2 };

        Assert.Equal(new DateTimeOffset(2026, 3, 8, 7, 0, 0, TimeSpan.Zero), JourneyWaits.Until(step, new DateTimeOffset(2026, 3, 7, 12, 0, 0, TimeSpan.Zero), "America/New_York"));
    }
}
