namespace Portal.Domain.MemberMail;

/// <summary>How often a member gets the digest email (best new threads in their clubs, events near them, articles for their car).</summary>
public enum DigestFrequency
{
    Off,
    Daily,
    Weekly,
}
