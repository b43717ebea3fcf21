namespace Portal.Domain.Events;

/// <summary>Site-relative addresses of event pages, shared by notifications, calendars and the UI.</summary>
public static class EventUrls
{
    public static string Page(int id, string slug) => $"/events/{id}/{slug}";

    public static string Calendar(int id) => $"/events/{id}/calendar.ics";

    public static string CheckIn(int id) => $"/events/{id}/checkin";

    public static string Feed(string token) => $"/calendar/{token}.ics";

    public static string Cover(string file) => EventCoverImages.Profile.Url(file);
}
