namespace Portal.Domain.MemberMail;

public enum MemberEmailStatus
{
    /// <summary>Waiting for the delivery job.</summary>
    Queued,

    /// <summary>Claimed by the delivery job and handed to the transport (at most once).</summary>
    Sent,

    /// <summary>Not sent: the address was no longer confirmed, or what it announced is gone.</summary>
    Skipped,

    /// <summary>The transport refused it (see <see cref="MemberEmail.Error"/>); it is not tried again.</summary>
    Failed,
}
