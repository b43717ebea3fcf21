using Portal.Domain.Messaging;

namespace Portal.Domain.Announcements;

/// <summary>What the composer saves: the segment, the message in both languages, its category and channels, and the holdout share.</summary>
public sealed record AnnouncementInput(
    int? SegmentId,
    string? TitleEnglish,
    string? TitleChinese,
    string? BodyEnglish,
    string? BodyChinese,
    string? Link,
    MessageCategory Category,
    bool SendEmail,
    double HoldoutShare);
