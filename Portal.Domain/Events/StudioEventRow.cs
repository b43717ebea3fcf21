namespace Portal.Domain.Events;

/// <summary>One row of the studio's event list.</summary>
public sealed record StudioEventRow(int Id, string Title, string Slug, string City, DateTimeOffset StartsAt, string TimeZoneId, EventStatus Status, int Capacity, bool InSeries, int ConfirmedSeats, int Waitlisted);
