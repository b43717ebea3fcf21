namespace Portal.Domain.Engagement.Reports;

/// <summary>A local day of a member's timeline: their engagement counts by kind and their own items, newest first.</summary>
public sealed record TimelineDay(int Day, IReadOnlyList<KindCount> Counts, IReadOnlyList<TimelineItem> Items);
