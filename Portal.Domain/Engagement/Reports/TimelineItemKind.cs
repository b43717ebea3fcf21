namespace Portal.Domain.Engagement.Reports;

/// <summary>What a member did, as their own content and sign-ups record it.</summary>
public enum TimelineItemKind
{
    ThreadStarted,
    Replied,
    SignedUp,
    Waitlisted,
    Promoted,
    Cancelled,
    CheckedIn,
}
