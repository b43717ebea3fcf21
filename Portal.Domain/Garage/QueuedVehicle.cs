namespace Portal.Domain.Garage;

/// <summary>A car waiting for verification, as the operators' queue shows it.</summary>
/// <param name="City">The owner's city, from their profile.</param>
/// <param name="Flags">What looks wrong about the VIN (<see cref="Garage.Vin.Review"/>).</param>
public sealed record QueuedVehicle(
    int Id, string OwnerId, string OwnerName, string? City, string ModelName, int Year, string Vin, DateTimeOffset AddedAt, IReadOnlyList<VinFlag> Flags);
