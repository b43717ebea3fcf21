namespace Portal.Domain.Search;

/// <summary>An event matching a search: where it is, when it starts (shown in <see cref="TimeZoneId"/>), and whether it is over or cancelled.</summary>
public sealed record EventSearchHit(int Id, string Title, string Url, string City, DateTimeOffset StartsAt, string TimeZoneId, bool IsPast, bool IsCancelled);
