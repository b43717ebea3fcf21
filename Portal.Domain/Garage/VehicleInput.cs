namespace Portal.Domain.Garage;

/// <summary>What an owner types to add or edit a car.</summary>
public sealed record VehicleInput(int ModelId, int Year, string? Vin, string? Nickname);
