namespace Portal.Domain.Garage;

/// <summary>
/// ISO 3779 vehicle identification numbers: 17 characters from 0-9 and A-Z without I, O and Q, with the
/// check digit in position 9 (the scheme used by GB 16735 in China and 49 CFR 565 in North America).
/// </summary>
public static class Vin
{
    public const int Length = 17;
    private const int CheckDigitIndex = 8;
    private const int YearCodeIndex = 9;
    private const int WmiLength = 3;

    /// <summary>The model-year codes from 1980 (A) to 2009 (9); the cycle repeats every 30 years (A = 2010, 1 = 2031).</summary>
    private const string YearCodes = "ABCDEFGHJKLMNPRSTVWXY123456789";
    private const int FirstCodedYear = 1980;

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

        return vin[CheckDigitIndex] == CheckDigitFor(sum)
            ? new VinCheck(vin, VinProblem.None)
            : new VinCheck(vin, VinProblem.CheckDigitMismatch);
    }

    /// <summary>
    /// The model year a year code stands for, in the 30-year cycle nearest <paramref name="near"/>, or null when the
    /// character is not a year code (I, O, Q, U, Z and 0 never are).
    /// </summary>
    public static int? ModelYearOf(char code, int near)
    {
        var index = YearCodes.IndexOf(char.ToUpperInvariant(code), StringComparison.Ordinal);
        if (index < 0)
        {
            return null;
        }

        var year = FirstCodedYear + index;
        var cycles = (int)Math.Round((near - year) / (double)YearCodes.Length, MidpointRounding.AwayFromZero);
        return year + (cycles * YearCodes.Length);
    }

    /// <summary>
    /// What looks wrong about a VIN that passed <see cref="Validate"/>: a year code (10th character) that contradicts
    /// <paramref name="modelYear"/> or is no year code, and a maker code (first three characters) that is not one of
    /// <paramref name="brandWmis"/> (not checked when the list is empty). Such a car is saved, but flagged.
    /// </summary>
    public static IReadOnlyList<VinFlag> Review(string vin, int modelYear, IEnumerable<string> brandWmis)
    {
        ArgumentNullException.ThrowIfNull(vin);
        ArgumentNullException.ThrowIfNull(brandWmis);
        if (vin.Length != Length)
        {
            return [];
        }

        var flags = new List<VinFlag>();
        var code = vin[YearCodeIndex];
        if (ModelYearOf(code, modelYear) is not { } vinYear)
        {
            flags.Add(new VinFlag(VinFlagKind.NoYearCode, code.ToString()));
        }
        else if (vinYear != modelYear)
        {
            flags.Add(new VinFlag(VinFlagKind.YearMismatch, code.ToString(), vinYear));
        }

        var wmi = vin[..WmiLength];
        var wmis = brandWmis.Select(w => w.Trim().ToUpperInvariant()).ToList();
        if (wmis.Count > 0 && !wmis.Contains(wmi, StringComparer.Ordinal))
        {
            flags.Add(new VinFlag(VinFlagKind.UnknownMaker, wmi));
        }

        return flags;
    }

    /// <summary>The year code of <paramref name="modelYear"/> (for demo data and tests).</summary>
    public static char YearCodeFor(int modelYear) => YearCodes[(((modelYear - FirstCodedYear) % YearCodes.Length) + YearCodes.Length) % YearCodes.Length];

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
