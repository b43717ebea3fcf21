namespace Portal.Domain.Garage;

/// <summary>Problem codes the garage returns; the UI localises each.</summary>
public static class GarageProblems
{
    public const string UnknownModel = "Garage.UnknownModel";
    public const string YearOutOfRange = "Garage.YearOutOfRange";
    public const string NicknameTooLong = CommonProblems.TooLong;
    public const string VinWrongLength = "Garage.VinWrongLength";
    public const string VinInvalidCharacter = "Garage.VinInvalidCharacter";
    public const string VinCheckDigit = "Garage.VinCheckDigit";
    public const string VinTaken = "Garage.VinTaken";
    public const string GarageFull = "Garage.GarageFull";
    public const string NotFound = "Garage.NotFound";
    public const string NotAllowed = "Garage.NotAllowed";
    public const string VinRequiredToVerify = "Garage.VinRequiredToVerify";
    public const string AlreadyVerified = "Garage.AlreadyVerified";
    public const string RejectionNoteRequired = "Garage.RejectionNoteRequired";
    public const string RejectionNoteTooLong = CommonProblems.TooLong;

    public static Problem? ForVin(VinCheck check)
    {
        ArgumentNullException.ThrowIfNull(check);
        return check.Problem switch
        {
            VinProblem.WrongLength => new Problem(VinWrongLength, nameof(VehicleInput.Vin), check.Normalized.Length),
            VinProblem.InvalidCharacter => new Problem(VinInvalidCharacter, nameof(VehicleInput.Vin), check.Detail!.Value.ToString()),
            VinProblem.CheckDigitMismatch => new Problem(VinCheckDigit, nameof(VehicleInput.Vin)),
            _ => null,
        };
    }
}
