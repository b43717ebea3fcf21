namespace Portal.Domain.Events;

/// <summary>
/// Which events to list: upcoming or past, in a city, and "for my car" (events limited to a model the member owns,
/// or to verified owners when one of their cars is verified).
/// </summary>
public sealed record EventListQuery(bool Past = false, string? City = null, string? ForMemberCars = null, int Page = 1);
