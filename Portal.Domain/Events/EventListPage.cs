namespace Portal.Domain.Events;

public sealed record EventListPage(IReadOnlyList<EventCard> Items, int Page, int PageCount);
