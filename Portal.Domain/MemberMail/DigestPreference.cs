namespace Portal.Domain.MemberMail;

/// <summary>A member's digest choice; without a row the member gets <see cref="MailDefaults.Digest"/>.</summary>
public sealed class DigestPreference
{
    public required string MemberId { get; set; }
    public DigestFrequency Frequency { get; set; }
}
