namespace Portal.Domain.Announcements;

/// <summary>A member of an announcement's audience as it was when it was sent: treated (sent the message) or held out (sent nothing).</summary>
public sealed class AnnouncementRecipient
{
    public long Id { get; set; }
    public int AnnouncementId { get; set; }
    public required string MemberId { get; set; }
    public bool HeldOut { get; set; }
}
