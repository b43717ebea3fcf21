namespace Portal.Domain.Events;

/// <summary>A past event a member checked in at, as their profile lists it.</summary>
public sealed record AttendedEvent(int Id, string Title, string Slug, string City, DateTimeOffset StartsAt, string TimeZoneId)
{
    public string Url => EventUrls.Page(Id, Slug);
}
