namespace Portal.Domain.Garage;

/// <summary>The outcome of <see cref="Vin.Validate"/>.</summary>
/// <param name="Normalized">The upper-cased, trimmed VIN.</param>
/// <param name="Problem">What is wrong, or <see cref="VinProblem.None"/>.</param>
/// <param name="Detail">The offending character of an <see cref="VinProblem.InvalidCharacter"/> (never the check digit that would pass).</param>
public sealed record VinCheck(string Normalized, VinProblem Problem, char? Detail = null)
{
    public bool IsValid => Problem == VinProblem.None;
}
