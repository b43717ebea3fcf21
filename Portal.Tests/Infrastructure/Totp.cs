using System.Buffers.Binary;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Security.Cryptography;

namespace Portal.Tests.Infrastructure;

/// <summary>
/// What an authenticator app does (RFC 6238 over RFC 4226): HMAC-SHA1 of the 30-second time step under the Base32
/// shared key, dynamically truncated to 6 digits.
/// </summary>
public static class Totp
{
    public static readonly TimeSpan Step = TimeSpan.FromSeconds(30);

    /// <summary>The code for <paramref name="at"/>; <paramref name="key"/> as shown to the member (any case, spaces allowed).</summary>
    public static string Code(string key, DateTimeOffset at) => CodeForStep(Base32Decode(key), at.ToUnixTimeSeconds() / (long)Step.TotalSeconds);

    /// <summary>A 6-digit code that is not valid anywhere near <paramref name="at"/> (Identity accepts two steps either side).</summary>
    public static string WrongCode(string key, DateTimeOffset at)
    {
        var valid = Enumerable.Range(-2, 5).Select(offset => Code(key, at + (offset * Step))).ToHashSet();
        return Enumerable.Range(0, 10).Select(n => n.ToString("000000", CultureInfo.InvariantCulture)).First(code => !valid.Contains(code));
    }

    [SuppressMessage("Security", "CA5350:Do not use weak cryptographic algorithms", Justification = "RFC 6238, which authenticator apps and Identity implement, is defined over HMAC-SHA1.")]
    private static string CodeForStep(byte[] key, long step)
    {
        Span<byte> counter = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, step);
        var hash = HMACSHA1.HashData(key, counter);
        var offset = hash[^1] & 0x0F;
        var binary = BinaryPrimitives.ReadInt32BigEndian(hash.AsSpan(offset, 4)) & 0x7FFFFFFF;
        return (binary % 1_000_000).ToString("000000", CultureInfo.InvariantCulture);
    }

    /// <summary>RFC 4648 Base32 (A-Z, 2-7), ignoring spaces, case and padding.</summary>
    private static byte[] Base32Decode(string text)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var bytes = new List<byte>();
        int buffer = 0, bits = 0;
        foreach (var c in text.ToUpperInvariant().Where(c => c is not (' ' or '=')))
        {
            var value = alphabet.IndexOf(c, StringComparison.Ordinal);
            if (value < 0)
            {
                throw new FormatException($"'{c}' is not a Base32 character.");
            }

            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8)
            {
                bits -= 8;
                bytes.Add((byte)(buffer >> bits));
                buffer &= (1 << bits) - 1;
            }
        }

        return [.. bytes];
    }
}
