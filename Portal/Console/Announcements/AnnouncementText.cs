namespace Portal.Console.Announcements;

/// <summary>Marker for the announcement pages' strings (AnnouncementText.resx, AnnouncementText.zh-CN.resx).</summary>
public sealed class AnnouncementText;
