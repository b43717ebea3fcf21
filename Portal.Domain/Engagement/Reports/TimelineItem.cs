namespace Portal.Domain.Engagement.Reports;

/// <summary>One thing a member did with a title and a link: a thread or reply they wrote, an event place they took or used.</summary>
public sealed record TimelineItem(DateTimeOffset At, TimelineItemKind Kind, string Title, string Url);
