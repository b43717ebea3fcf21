namespace Portal.Domain.Garage;

/// <summary>What looks wrong about a well-formed VIN: the car is saved, but flagged to its owner and the operators.</summary>
public enum VinFlagKind
{
    /// <summary>The 10th character encodes another model year than the one the owner entered.</summary>
    YearMismatch,

    /// <summary>The 10th character is not a model-year code at all (U, Z or 0).</summary>
    NoYearCode,

    /// <summary>The first three characters (the maker's WMI) are not among the brand's.</summary>
    UnknownMaker,
}
