using System.Text;
using Portal.Domain.Content;
using Portal.Domain.Events;

namespace Portal.Tests.Events;

public sealed class IcsWriterTests
{
    [Fact]
    public void Long_lines_fold_at_75_octets_without_splitting_a_character_and_text_is_escaped()
    {
        var ev = new OwnerEvent
        {
            Id = 7, Title = "上海车主冬季见面会，欢迎带上家人和朋友一起来参加；现场有茶歇、周边礼品和试驾体验", Slug = "event", TimeZoneId = "Asia/Shanghai",
            City = "上海", CreatedById = "x", Description = "Line one\nLine two, with a comma; and a semicolon",
            StartsAt = new DateTimeOffset(2026, 12, 3, 11, 0, 0, TimeSpan.Zero), EndsAt = new DateTimeOffset(2026, 12, 3, 13, 0, 0, TimeSpan.Zero),
        };
        var writer = new IcsWriter("Test", new MarkdownRenderer());
        writer.AddEvent(ev, "https://portal.example", ev.StartsAt);
        var text = writer.ToString();

        Assert.All(text.Split("\r\n"), line => Assert.InRange(Encoding.UTF8.GetByteCount(line), 0, 75));
        Assert.DoesNotContain('\uFFFD', Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(text)));
        var calendar = Ical.Net.Calendar.Load(text)!;
        var parsed = Assert.Single(calendar.Events);
        Assert.Equal(ev.Title, parsed.Summary);
        Assert.StartsWith("Line one\nLine two, with a comma; and a semicolon", parsed.Description, StringComparison.Ordinal);
        Assert.Equal("event-7@portal", parsed.Uid);
    }

    [Fact]
    public void The_description_is_the_plain_text_of_the_markdown_with_the_event_address_after_it()
    {
        var ev = new OwnerEvent
        {
            Id = 9, Title = "Winter meet-up", Slug = "winter-meet-up", TimeZoneId = "Asia/Shanghai", City = "上海", CreatedById = "x",
            Description = "Join us for **coffee and cars**.\n\n- Bring your *kids*\n- See [the map](https://maps.example.com/x)",
            StartsAt = new DateTimeOffset(2026, 12, 3, 11, 0, 0, TimeSpan.Zero), EndsAt = new DateTimeOffset(2026, 12, 3, 13, 0, 0, TimeSpan.Zero),
        };
        var writer = new IcsWriter("Test", new MarkdownRenderer());
        writer.AddEvent(ev, "https://portal.example/", ev.StartsAt);

        var description = Assert.Single(Ical.Net.Calendar.Load(writer.ToString())!.Events).Description!;

        Assert.StartsWith("Join us for coffee and cars.", description, StringComparison.Ordinal);
        Assert.Contains("Bring your kids", description, StringComparison.Ordinal);
        Assert.Contains("the map", description, StringComparison.Ordinal);
        Assert.DoesNotContain("**", description, StringComparison.Ordinal);
        Assert.DoesNotContain("](", description, StringComparison.Ordinal);
        Assert.EndsWith("\n\nhttps://portal.example/events/9/winter-meet-up", description, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://owners.example.com/calendar/abc.ics", "webcal://owners.example.com/calendar/abc.ics")]
    [InlineData("http://localhost:5123/owners/calendar/abc.ics", "webcal://localhost:5123/owners/calendar/abc.ics")]
    public void A_feed_address_opens_in_calendar_apps_as_webcal(string feed, string webcal) => Assert.Equal(webcal, EventUrls.Webcal(feed));
}
