namespace Portal.Domain.Garage;

/// <summary>Why an operator did not verify a car: the preset reasons, worded in <see cref="RejectionText"/>.</summary>
public enum RejectionReason
{
    /// <summary>The VIN is not in the brand's records.</summary>
    VinNotFound,

    /// <summary>The model or model year in the garage does not match the VIN.</summary>
    DetailsMismatch,

    /// <summary>The VIN belongs to another maker's car.</summary>
    OtherMaker,

    /// <summary>Something else, said in the operator's note (required).</summary>
    Other,
}
