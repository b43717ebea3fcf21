using System.Globalization;
using System.Text;
using Portal.Domain.Content;

namespace Portal.Domain.Events;

/// <summary>
/// iCalendar (RFC 5545) by hand: CRLF line ends, text escaped, lines folded at 75 octets without splitting a UTF-8
/// character. Times are written in UTC (the Z form), which every calendar app converts to its own zone. The description is
/// the plain text of the event's Markdown (the one pipeline's <see cref="RenderedMarkdown.PlainText"/>): calendar apps
/// show DESCRIPTION as it is, so <c>**bold**</c> would read as asterisks.
/// </summary>
internal sealed class IcsWriter
{
    private const int MaxOctets = 75;
    private const int MaxDescription = 1000;
    private readonly StringBuilder ics = new();
    private readonly MarkdownRenderer markdown;

    public IcsWriter(string calendarName, MarkdownRenderer markdown)
    {
        this.markdown = markdown;
        Line("BEGIN:VCALENDAR");
        Line("VERSION:2.0");
        Line("PRODID:-//Aurelia Motors//Portal Events//EN");
        Line("CALSCALE:GREGORIAN");
        Line("METHOD:PUBLISH");
        Line("X-WR-CALNAME:" + Escape(calendarName));
    }

    public void AddEvent(OwnerEvent ev, string baseUrl, DateTimeOffset stamp)
    {
        ArgumentNullException.ThrowIfNull(ev);
        var url = baseUrl.TrimEnd('/') + ev.Url;
        Line("BEGIN:VEVENT");
        Line($"UID:event-{ev.Id.ToString(CultureInfo.InvariantCulture)}@portal");
        Line("DTSTAMP:" + Utc(stamp));
        Line("DTSTART:" + Utc(ev.StartsAt));
        Line("DTEND:" + Utc(ev.EndsAt));
        Line("SUMMARY:" + Escape(ev.Title));
        var place = string.Join(", ", new[] { ev.Venue, ev.Address, ev.City }.Where(p => !string.IsNullOrWhiteSpace(p)));
        Line("LOCATION:" + Escape(ev.OnlineUrl is not null && ev.Venue is null && ev.Address is null ? ev.OnlineUrl : place));
        var description = markdown.Render(ev.Description).PlainText;
        Line("DESCRIPTION:" + Escape(description.Length > MaxDescription ? description[..MaxDescription] + "…" : description) + Escape("\n\n" + url));
        Line("URL:" + url);
        Line("STATUS:" + (ev.Status == EventStatus.Cancelled ? "CANCELLED" : "CONFIRMED"));
        Line("END:VEVENT");
    }

    public override string ToString() => ics + "END:VCALENDAR\r\n";

    internal static string Escape(string text) => text
        .Replace("\\", "\\\\", StringComparison.Ordinal)
        .Replace(";", "\\;", StringComparison.Ordinal)
        .Replace(",", "\\,", StringComparison.Ordinal)
        .Replace("\r\n", "\n", StringComparison.Ordinal)
        .Replace("\n", "\\n", StringComparison.Ordinal);

    private static string Utc(DateTimeOffset at) => at.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);

    /// <summary>Writes a content line, folding it into 75-octet pieces; continuation lines start with a space.</summary>
    private void Line(string line)
    {
        var octets = 0;
        var limit = MaxOctets;
        foreach (var rune in line.EnumerateRunes())
        {
            var size = rune.Utf8SequenceLength;
            if (octets + size > limit)
            {
                ics.Append("\r\n ");
                octets = 0;
                limit = MaxOctets - 1;
            }

            ics.Append(rune.ToString());
            octets += size;
        }

        ics.Append("\r\n");
    }
}
