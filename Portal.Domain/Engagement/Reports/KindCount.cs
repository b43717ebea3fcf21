namespace Portal.Domain.Engagement.Reports;

/// <summary>How many engagement events of a kind (<see cref="EngagementKinds"/>) a member had on a day.</summary>
public sealed record KindCount(string Kind, int Count);
