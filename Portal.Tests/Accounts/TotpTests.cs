using Portal.Tests.Infrastructure;

namespace Portal.Tests.Accounts;

/// <summary>The test helper that stands in for an authenticator app agrees with RFC 6238's published test vectors.</summary>
public sealed class TotpTests
{
    // "12345678901234567890" (the RFC's SHA-1 seed) in Base32, lower case and spaced as the enable page shows keys.
    private const string RfcKey = "gezd gnbv gy3t qojq gezd gnbv gy3t qojq";

    [Theory]
    [InlineData(59, "287082")]
    [InlineData(1111111109, "081804")]
    [InlineData(1111111111, "050471")]
    [InlineData(1234567890, "005924")]
    [InlineData(2000000000, "279037")]
    public void Code_matches_the_rfc_6238_vectors(long unixSeconds, string expected) =>
        Assert.Equal(expected, Totp.Code(RfcKey, DateTimeOffset.FromUnixTimeSeconds(unixSeconds)));

    [Fact]
    public void Wrong_code_differs_from_every_code_in_the_accepted_window()
    {
        var at = DateTimeOffset.FromUnixTimeSeconds(1234567890);

        var wrong = Totp.WrongCode(RfcKey, at);

        Assert.Matches("^[0-9]{6}$", wrong);
        Assert.All(Enumerable.Range(-2, 5), offset => Assert.NotEqual(Totp.Code(RfcKey, at + (offset * Totp.Step)), wrong));
    }
}
