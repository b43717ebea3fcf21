namespace Portal.Domain.Activity;

/// <summary>The operators' header: who is here now and what happened in the last hour.</summary>
public sealed record LiveCounterSnapshot(int MembersOnline, int VisitorsOnline, int PostsLastHour, int SignupsLastHour, DateTimeOffset At);
