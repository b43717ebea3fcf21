namespace Portal.Domain.Events;

/// <summary>An event's seats as its lock holder saw them just before committing: what the activity bus is told afterwards.</summary>
public sealed record SeatsSnapshot(int EventId, string Title, string Slug, EventStatus Status, int Capacity, int Taken, int Waiting);
