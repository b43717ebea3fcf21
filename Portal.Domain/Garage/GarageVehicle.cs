namespace Portal.Domain.Garage;

/// <summary>A car as its owner sees it in the garage.</summary>
/// <param name="Flags">What looks wrong about the VIN (<see cref="Garage.Vin.Review"/>); empty without one.</param>
/// <param name="Rejection">Why an operator did not verify the car, until the owner changes its VIN or model.</param>
public sealed record GarageVehicle(
    int Id, int ModelId, string ModelName, Powertrain Powertrain, int Year, string? Nickname, string? Vin, bool Verified, DateTimeOffset AddedAt,
    IReadOnlyList<VinFlag> Flags, VehicleRejection? Rejection = null);
