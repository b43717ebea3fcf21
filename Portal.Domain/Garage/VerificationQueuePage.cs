namespace Portal.Domain.Garage;

/// <summary>One page of the verification queue, oldest first, with the number of cars the filters match.</summary>
public sealed record VerificationQueuePage(IReadOnlyList<QueuedVehicle> Rows, int Page, int PageCount, int Total);
