using Bunit;
using Portal.Events;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Events;

/// <summary>An event's time reads in the event's own zone, named, with the viewer's own time when their zone differs.</summary>
public sealed class EventTimeComponentTests : PortalComponentTest
{
    // 11:00-13:00 UTC: 19:00-21:00 in Shanghai, 11:00-13:00 in London (winter), 06:00-08:00 in New York.
    private static readonly DateTimeOffset Start = new(2026, 12, 3, 11, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_viewer_in_another_zone_sees_the_event_zone_first_and_their_own_time_below()
    {
        UseViewerPreferences(timeZoneId: "America/New_York");

        var cut = Render<EventTime>(p => p.Add(t => t.Start, Start).Add(t => t.End, Start.AddHours(2)).Add(t => t.TimeZoneId, "Asia/Shanghai"));

        var text = cut.Markup.Replace('\u202F', ' ');
        Assert.Contains("Thursday 3 December 2026 7:00 PM–9:00 PM", text, StringComparison.Ordinal);
        Assert.Contains("Asia/Shanghai (UTC+08:00)", text, StringComparison.Ordinal);
        Assert.Contains("Your time: Thursday 3 December 2026 6:00 AM–8:00 AM", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_viewer_in_the_same_zone_sees_one_time()
    {
        UseViewerPreferences(timeZoneId: "Asia/Shanghai");

        var cut = Render<EventTime>(p => p.Add(t => t.Start, Start).Add(t => t.End, Start.AddHours(2)).Add(t => t.TimeZoneId, "Asia/Shanghai"));

        Assert.DoesNotContain("Your time", cut.Markup, StringComparison.Ordinal);
    }
}
