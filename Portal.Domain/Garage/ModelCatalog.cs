namespace Portal.Domain.Garage;

/// <summary>The brand's model catalog, shipped as reference data in the migrations.</summary>
public static class ModelCatalog
{
    public static IReadOnlyList<VehicleModel> Models { get; } =
    [
        new() { Id = 1, Slug = "nova", Name = "Aurelia Nova", BodyStyle = "Sedan", Powertrain = Powertrain.Electric, FirstYear = 2020 },
        new() { Id = 2, Slug = "vela", Name = "Aurelia Vela", BodyStyle = "SUV", Powertrain = Powertrain.Electric, FirstYear = 2021 },
        new() { Id = 3, Slug = "terra", Name = "Aurelia Terra", BodyStyle = "Large SUV", Powertrain = Powertrain.PlugInHybrid, FirstYear = 2019 },
        new() { Id = 4, Slug = "lyra", Name = "Aurelia Lyra", BodyStyle = "Hatchback", Powertrain = Powertrain.Hybrid, FirstYear = 2017, LastYear = 2023 },
        new() { Id = 5, Slug = "orion", Name = "Aurelia Orion", BodyStyle = "Coupe", Powertrain = Powertrain.Electric, FirstYear = 2023 },
        new() { Id = 6, Slug = "atlas", Name = "Aurelia Atlas", BodyStyle = "Pickup", Powertrain = Powertrain.Electric, FirstYear = 2024 },
        new() { Id = 7, Slug = "mira", Name = "Aurelia Mira", BodyStyle = "MPV", Powertrain = Powertrain.PlugInHybrid, FirstYear = 2022 },
    ];
}
