namespace Portal.Domain.Segments;

/// <summary>Behaviour counted per member and day by kind (<c>EngagementMemberDays</c>).</summary>
public enum SegmentActivity
{
    /// <summary>Started a thread (<c>thread.created</c>).</summary>
    Posted,

    /// <summary>Replied (<c>post.created</c>).</summary>
    Replied,

    /// <summary>Reacted to a post (<c>reaction.added</c>).</summary>
    Reacted,

    /// <summary>Joined an event's waitlist (<c>event.waitlisted</c>).</summary>
    Waitlisted,

    /// <summary>Opened a notification (<c>notification.opened</c>).</summary>
    OpenedNotification,
}
