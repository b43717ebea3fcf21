namespace Portal.Domain.Announcements;

public enum AnnouncementStatus
{
    /// <summary>Being written; not going anywhere until it is scheduled or sent.</summary>
    Draft,

    /// <summary>Waiting for its time; the scheduler sends it then.</summary>
    Scheduled,

    /// <summary>Its audience is fixed and its messages are being queued (a restart carries on).</summary>
    Sending,

    /// <summary>Every treated member's message is logged (queued or suppressed); deliveries follow.</summary>
    Sent,
}
