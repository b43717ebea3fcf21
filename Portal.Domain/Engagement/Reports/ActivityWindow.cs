namespace Portal.Domain.Engagement.Reports;

/// <summary>A member's engagement over the last <see cref="Days"/> local days (today included), by area.</summary>
public sealed record ActivityWindow(int Days, int ActiveDays, int Forums, int Articles, int Events, int Total);
