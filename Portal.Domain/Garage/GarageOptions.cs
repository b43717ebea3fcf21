namespace Portal.Domain.Garage;

/// <summary>The <c>Portal:Garage</c> section: what the garage checks a VIN against.</summary>
public sealed class GarageOptions
{
    public const string Section = "Portal:Garage";

    /// <summary>
    /// The world manufacturer identifiers (a VIN's first three characters) the brand's cars carry. A VIN with another one
    /// is saved but flagged for the operators and the owner; an empty list switches this check off.
    /// </summary>
    public IList<string> BrandWmis { get; } = [];
}
