using Portal.Domain.Activity;

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

    /// <summary>
    /// This card with the seats an <c>event.seats</c> activity carries, so an open page updates without a query; null
    /// when the activity cannot say (another event, a changed status, or a message without the numbers).
    /// </summary>
    public EventCard? WithSeatsFrom(ActivityEvent activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return activity.Target.Id == Id.Invariant()
            && activity.Value(EventActivity.Status) == Status.ToString()
            && activity.IntValue(EventActivity.Capacity) is { } capacity
            && activity.IntValue(EventActivity.Confirmed) is { } confirmed
            && activity.IntValue(EventActivity.Waitlist) is { } waitlist
                ? this with { Capacity = capacity, SeatsTaken = confirmed, Waitlisted = waitlist }
                : null;
    }
}
