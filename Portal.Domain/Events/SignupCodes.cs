using System.Security.Cryptography;

namespace Portal.Domain.Events;

/// <summary>Door codes: six characters from an alphabet without look-alikes (no 0/O, 1/I/L), easy to read out.</summary>
public static class SignupCodes
{
    private const string Alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    public static string New() => RandomNumberGenerator.GetString(Alphabet, EventSignup.CodeLength);

    /// <summary>A typed or scanned code as stored: upper case, without spaces or dashes; null when it cannot be one.</summary>
    public static string? Normalize(string? text)
    {
        var code = new string((text ?? "").Where(c => !char.IsWhiteSpace(c) && c != '-').ToArray()).ToUpperInvariant();
        return code.Length == EventSignup.CodeLength && code.All(c => Alphabet.Contains(c, StringComparison.Ordinal)) ? code : null;
    }
}
