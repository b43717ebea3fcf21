using Portal.Domain.Experiments;
using Portal.Domain.Messaging;

namespace Portal.Domain.Announcements;

/// <summary>
/// A message an operator sends to a saved segment, in English and Chinese (each member reads their own language), now or
/// at a scheduled time. The segment is evaluated when it is sent; a deterministic <see cref="HoldoutShare"/> of it gets
/// nothing (and is recorded), so the results compare the treated with the holdout.
/// </summary>
public sealed class Announcement
{
    public const int ProblemMaxLength = 64;

    public int Id { get; set; }

    /// <summary>The segment it goes to; null once that segment was deleted (<see cref="SegmentName"/> keeps its name).</summary>
    public int? SegmentId { get; set; }

    public string SegmentName { get; set; } = "";

    public string TitleEnglish { get; set; } = "";
    public string TitleChinese { get; set; } = "";
    public string BodyEnglish { get; set; } = "";
    public string BodyChinese { get; set; } = "";

    /// <summary>An optional address the message points to (site-relative, or a host the link policy allows).</summary>
    public string? Link { get; set; }

    public MessageCategory Category { get; set; } = MessageCategory.Community;

    /// <summary>Also send it by email (to members with a confirmed address).</summary>
    public bool SendEmail { get; set; }

    /// <summary>The share of the segment held out (0 to 0.5), drawn by <see cref="Holdout"/> with this announcement's key.</summary>
    public double HoldoutShare { get; set; } = Holdout.DefaultShare;

    public AnnouncementStatus Status { get; set; }

    /// <summary>When it goes (or went) out; set when it is scheduled or sent now.</summary>
    public DateTimeOffset? ScheduledAt { get; set; }

    /// <summary>When its messages were all logged.</summary>
    public DateTimeOffset? SentAt { get; set; }

    /// <summary>Members in the segment when it was sent, and how many of them were held out.</summary>
    public int Audience { get; set; }

    public int HeldOut { get; set; }

    /// <summary>The problem code that sent a scheduled announcement back to draft (the segment shrank below the privacy floor, or was deleted).</summary>
    public string? Problem { get; set; }

    public required string CreatedById { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
