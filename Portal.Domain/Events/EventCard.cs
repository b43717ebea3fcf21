namespace Portal.Domain.Events;

/// <summary>An event as lists and calendars show it. <see cref="SeriesMore"/> counts the later occurrences folded under it.</summary>
public sealed record EventCard(
    int Id,
    string Title,
    string Slug,
    string City,
    string? Venue,
    bool IsOnline,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    string TimeZoneId,
    EventStatus Status,
    EventEligibility Eligibility,
    int Capacity,
    int SeatsTaken,
    int Waitlisted,
    bool WaitlistEnabled,
    string? SeriesKey)
{
    public int SeatsLeft => Math.Max(0, Capacity - SeatsTaken);

    public string Url => EventUrls.Page(Id, Slug);

    public IReadOnlyList<EventCard> SeriesMore { get; init; } = [];
}
