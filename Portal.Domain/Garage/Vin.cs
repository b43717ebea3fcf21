namespace Portal.Domain.Garage;

/// <summary>
/// ISO 3779 vehicle identification numbers: 17 characters from 0-9 and A-Z without I, O and Q, with the
/// check digit in position 9 (the scheme used by GB 16735 in China and 49 CFR 565 in North America).
/// </summary>
public static class Vin
{
    public const int Length = 17;
    private const int CheckDigitIndex = 8;
    private static readonly int[] Weights = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];

    public static VinCheck Validate(string input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var vin = input.Trim().ToUpperInvariant();
        if (vin.Length != Length)
        {
            return new VinCheck(vin, VinProblem.WrongLength);
        }

        if (!TryWeightedSum(vin, out var sum, out var invalid))
        {
            return new VinCheck(vin, VinProblem.InvalidCharacter, invalid);
        }

        var expected = CheckDigitFor(sum);
        return vin[CheckDigitIndex] == expected
            ? new VinCheck(vin, VinProblem.None)
            : new VinCheck(vin, VinProblem.CheckDigitMismatch, expected);
    }

    /// <summary>Returns <paramref name="vin"/> with position 9 set to its correct check digit (for demo data and tests).</summary>
    public static string WithCheckDigit(string vin)
    {
        ArgumentNullException.ThrowIfNull(vin);
        if (vin.Length != Length || !TryWeightedSum(vin, out var sum, out _))
        {
            throw new ArgumentException($"'{vin}' is not {Length} VIN characters.", nameof(vin));
        }

        return string.Concat(vin.AsSpan(0, CheckDigitIndex), CheckDigitFor(sum).ToString(), vin.AsSpan(CheckDigitIndex + 1));
    }

    private static bool TryWeightedSum(string vin, out int sum, out char invalid)
    {
        sum = 0;
        invalid = default;
        for (var i = 0; i < Length; i++)
        {
            var value = Transliterate(vin[i]);
            if (value < 0)
            {
                invalid = vin[i];
                return false;
            }

            sum += value * Weights[i];
        }

        return true;
    }

    private static char CheckDigitFor(int weightedSum)
    {
        var remainder = weightedSum % 11;
        return remainder == 10 ? 'X' : (char)('0' + remainder);
    }

    /// <summary>The ISO 3779 value of a character, or -1 where the character is not allowed.</summary>
    private static int Transliterate(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        'A' or 'J' => 1,
        'B' or 'K' or 'S' => 2,
        'C' or 'L' or 'T' => 3,
        'D' or 'M' or 'U' => 4,
        'E' or 'N' or 'V' => 5,
        'F' or 'W' => 6,
        'G' or 'P' or 'X' => 7,
        'H' or 'Y' => 8,
        'R' or 'Z' => 9,
        _ => -1,
    };
}
