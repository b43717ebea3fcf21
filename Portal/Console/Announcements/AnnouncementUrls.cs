using System.Globalization;

namespace Portal.Console.Announcements;

/// <summary>Site-relative addresses of the console's announcement pages.</summary>
internal static class AnnouncementUrls
{
    public const string Index = "/console/announcements";

    public const string New = "/console/announcements/new";

    /// <summary>An announcement's page: its state and, once sent, its results.</summary>
    public static string Announcement(int id) => $"{Index}/{id.ToString(CultureInfo.InvariantCulture)}";

    public static string Edit(int id) => $"{Announcement(id)}/edit";
}
