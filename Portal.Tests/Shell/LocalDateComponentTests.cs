using Bunit;
using Portal.Shell;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Shell;

/// <summary>Dates are shown in the viewer's time zone (from the cascading preferences) and culture.</summary>
public sealed class LocalDateComponentTests : PortalComponentTest
{
    // 20:30 UTC on 15 March is already 16 March in Shanghai, and still 15 March in New York.
    private static readonly DateTimeOffset LateEvening = new(2026, 3, 15, 20, 30, 0, TimeSpan.Zero);

    [Fact]
    public void Shows_the_date_in_the_viewers_time_zone()
    {
        UseViewerPreferences(timeZoneId: "Asia/Shanghai");

        var cut = Render<LocalDate>(p => p.Add(d => d.Value, LateEvening));

        Assert.Equal("Monday 16 March 2026", cut.Find("time").TextContent);
        Assert.Equal("2026-03-15T20:30:00.0000000+00:00", cut.Find("time").GetAttribute("datetime"));
    }

    [Fact]
    public void Another_time_zone_gives_another_day_and_time()
    {
        UseViewerPreferences(timeZoneId: "America/New_York");

        var cut = Render<LocalDate>(p => p.Add(d => d.Value, LateEvening).Add(d => d.WithTime, true));

        Assert.Equal("15 Mar 2026 4:30 PM", cut.Find("time").TextContent.Replace('\u202F', ' '));
    }

    [Fact]
    public void An_unknown_time_zone_falls_back_to_shanghai()
    {
        UseViewerPreferences(timeZoneId: "Nowhere/Special");

        var cut = Render<LocalDate>(p => p.Add(d => d.Value, LateEvening));

        Assert.Equal("Monday 16 March 2026", cut.Find("time").TextContent);
    }

    [Fact]
    public void In_chinese_the_date_is_formatted_the_chinese_way()
    {
        UseViewerPreferences(timeZoneId: "Asia/Shanghai", culture: "zh-CN");
        using var chinese = new CultureScope("zh-CN");

        var cut = Render<LocalDate>(p => p.Add(d => d.Value, LateEvening));

        Assert.StartsWith("2026年3月16日", cut.Find("time").TextContent, StringComparison.Ordinal);
    }
}
