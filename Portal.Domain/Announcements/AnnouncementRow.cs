namespace Portal.Domain.Announcements;

/// <summary>One announcement in the console's list.</summary>
public sealed record AnnouncementRow(
    int Id, string TitleEnglish, string TitleChinese, string SegmentName, Messaging.MessageCategory Category, AnnouncementStatus Status,
    DateTimeOffset? ScheduledAt, DateTimeOffset? SentAt, int Audience, DateTimeOffset UpdatedAt);
