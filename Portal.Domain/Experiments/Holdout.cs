using System.Security.Cryptography;
using System.Text;

namespace Portal.Domain.Experiments;

/// <summary>
/// Who is held out of an experiment (a journey or an announcement): a pure, deterministic draw from SHA-256 of the
/// experiment's key and the member id, so the same member is always in or out for that key, on every node and after
/// every restart, and the draws for two keys are independent. Never <c>string.GetHashCode</c> (randomised per process).
/// </summary>
public static class Holdout
{
    /// <summary>The share a journey or announcement holds out unless the operator chooses another.</summary>
    public const double DefaultShare = 0.10;

    /// <summary>The experiment key of a journey (<c>journey:3</c>).</summary>
    public static string JourneyKey(int journeyId) => FormattableString.Invariant($"journey:{journeyId}");

    /// <summary>The experiment key of an announcement (<c>announcement:12</c>).</summary>
    public static string AnnouncementKey(int announcementId) => FormattableString.Invariant($"announcement:{announcementId}");

    /// <summary>Whether the member is in the held-out share (0 to 1) of the experiment <paramref name="key"/>.</summary>
    public static bool IsHeldOut(string key, string memberId, double share)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        ArgumentException.ThrowIfNullOrEmpty(memberId);
        ArgumentOutOfRangeException.ThrowIfLessThan(share, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(share, 1);
        return Draw(key, memberId) < share;
    }

    /// <summary>The member's uniform draw in [0, 1) for the key: the first 8 bytes of SHA-256("key\nmemberId").</summary>
    public static double Draw(string key, string memberId)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(key + "\n" + memberId), hash);
        var bits = System.Buffers.Binary.BinaryPrimitives.ReadUInt64BigEndian(hash) >> 11; // 53 bits: exact in a double
        return bits / (double)(1UL << 53);
    }
}
