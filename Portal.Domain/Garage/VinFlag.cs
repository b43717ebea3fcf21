namespace Portal.Domain.Garage;

/// <summary>One thing that looks wrong about a VIN (see <see cref="Vin.Review"/>).</summary>
/// <param name="Kind">What looks wrong.</param>
/// <param name="Found">The characters in question: the year code, or the WMI.</param>
/// <param name="VinYear">For <see cref="VinFlagKind.YearMismatch"/>, the model year the VIN says.</param>
public sealed record VinFlag(VinFlagKind Kind, string Found, int? VinYear = null);
