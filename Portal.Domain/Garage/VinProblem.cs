namespace Portal.Domain.Garage;

/// <summary>Why a VIN was refused; the UI turns each into a localised reason.</summary>
public enum VinProblem
{
    None,
    WrongLength,
    InvalidCharacter,
    CheckDigitMismatch,
}
