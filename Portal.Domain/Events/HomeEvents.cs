namespace Portal.Domain.Events;

/// <summary>The home page's upcoming events: near the member (<see cref="City"/> set), or the most popular ones (null).</summary>
public sealed record HomeEvents(string? City, IReadOnlyList<EventCard> Events);
