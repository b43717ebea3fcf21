namespace Portal.Domain.Engagement.Reports;

/// <summary>
/// The console overview's headline numbers for a period against the previous one. Members active: the average daily
/// active members, and weekly and monthly active members on the last day with activity; stickiness is average daily over
/// average monthly active members. <see cref="Dropped"/> counts engagement signals lost because the buffer was full.
/// </summary>
public sealed record OverviewKpis(
    Kpi DailyActive, Kpi WeeklyActive, Kpi MonthlyActive, Kpi Stickiness, Kpi NewMembers,
    Kpi Threads, Kpi Replies, Kpi Signups, Kpi CheckIns, long Dropped);
