namespace Portal.Domain.Garage;

/// <summary>A car as its owner sees it in the garage.</summary>
public sealed record GarageVehicle(
    int Id, int ModelId, string ModelName, Powertrain Powertrain, int Year, string? Nickname, string? Vin, bool Verified, DateTimeOffset AddedAt);
