namespace Portal.Domain.Garage;

/// <summary>A model in the brand's catalog. Each model later gets its own forum club.</summary>
public sealed class VehicleModel
{
    public int Id { get; set; }
    public required string Slug { get; set; }
    public required string Name { get; set; }
    public required string BodyStyle { get; set; }
    public Powertrain Powertrain { get; set; }
    public int FirstYear { get; set; }

    /// <summary>Null while the model is still on sale.</summary>
    public int? LastYear { get; set; }

    public bool OffersYear(int year, int currentYear) =>
        year >= FirstYear && year <= (LastYear ?? currentYear + 1);
}
