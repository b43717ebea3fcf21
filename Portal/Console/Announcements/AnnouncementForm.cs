using Portal.Domain.Announcements;
using Portal.Domain.Experiments;
using Portal.Domain.Messaging;

namespace Portal.Console.Announcements;

/// <summary>The composer's editable state, to and from <see cref="AnnouncementInput"/>; the holdout as a whole percent.</summary>
internal sealed class AnnouncementForm
{
    public int? SegmentId { get; set; }
    public string? TitleEnglish { get; set; }
    public string? TitleChinese { get; set; }
    public string? BodyEnglish { get; set; }
    public string? BodyChinese { get; set; }
    public string? Link { get; set; }
    public MessageCategory Category { get; set; } = MessageCategory.Community;
    public bool SendEmail { get; set; }
    public int HoldoutPercent { get; set; } = (int)(Holdout.DefaultShare * 100);

    public static AnnouncementForm From(Announcement a) => new()
    {
        SegmentId = a.SegmentId,
        TitleEnglish = a.TitleEnglish,
        TitleChinese = a.TitleChinese,
        BodyEnglish = a.BodyEnglish,
        BodyChinese = a.BodyChinese,
        Link = a.Link,
        Category = a.Category,
        SendEmail = a.SendEmail,
        HoldoutPercent = (int)Math.Round(a.HoldoutShare * 100),
    };

    public AnnouncementInput ToInput() =>
        new(SegmentId, TitleEnglish, TitleChinese, BodyEnglish, BodyChinese, Link, Category, SendEmail, HoldoutPercent / 100.0);
}
