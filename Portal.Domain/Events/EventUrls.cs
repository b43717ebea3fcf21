namespace Portal.Domain.Events;

/// <summary>Site-relative addresses of event pages, shared by notifications, calendars and the UI.</summary>
public static class EventUrls
{
    public const string Index = "/events";

    public const string Mine = "/events/mine";

    public const string Studio = "/studio/events";

    public const string NewInStudio = "/studio/events/new";

    public static string Page(int id, string slug) => $"{Index}/{id}/{slug}";

    public static string Calendar(int id) => $"{Index}/{id}/calendar.ics";

    public static string CheckIn(int id) => $"{Index}/{id}/checkin";

    /// <summary>The check-in page with a door code filled in: what the sign-up's QR code holds.</summary>
    public static string CheckInCode(int id, string code) => UrlQuery.Append(CheckIn(id), ("code", code));

    public static string Feed(string token) => $"/calendar/{token}.ics";

    /// <summary>An absolute http(s) address with the <c>webcal:</c> scheme, which calendar apps open as a subscription.</summary>
    public static string Webcal(string absoluteUrl)
    {
        ArgumentNullException.ThrowIfNull(absoluteUrl);
        var uri = new Uri(absoluteUrl, UriKind.Absolute);
        return "webcal" + absoluteUrl[uri.Scheme.Length..];
    }

    public static string Cover(string file) => EventCoverImages.Profile.Url(file);

    public static string StudioEvent(int id) => $"{Studio}/{id}";

    public static string StudioEdit(int id) => $"{StudioEvent(id)}/edit";

    public static string AttendeesCsv(int id) => $"{StudioEvent(id)}/attendees.csv";

    public static string WaitlistCsv(int id) => $"{StudioEvent(id)}/waitlist.csv";
}
