using Portal.Tests.Infrastructure;

namespace Portal.Tests.Integration;

/// <summary>Settings that would produce wrong links, a spoofable address or broken email stop the app on start, saying which key is wrong.</summary>
public sealed class StartupValidationTests
{
    [Theory]
    [InlineData(PortalAppFactory.PublicBaseUrlKey, "", "Portal:PublicBaseUrl is required outside Development")]
    [InlineData(PortalAppFactory.PublicBaseUrlKey, "owners.example", "Portal:PublicBaseUrl 'owners.example' is not an absolute http or https URL")]
    [InlineData(PortalAppFactory.PublicBaseUrlKey, "ftp://owners.example", "is not an absolute http or https URL")]
    [InlineData(PortalAppFactory.PublicBaseUrlKey, "https://owners.example/?next=evil", "is not an absolute http or https URL")]
    [InlineData("Portal:ForwardedHeaders:KnownProxies:0", "proxy.internal", "KnownProxies must be IP addresses")]
    [InlineData("Portal:ForwardedHeaders:KnownNetworks:0", "10.0.0.0/33", "KnownNetworks CIDR ranges")]
    [InlineData("Portal:Email:FromAddress", "community at example", "Portal:Email:FromAddress must be an email address")]
    [InlineData("Portal:Email:SmtpPort", "70000", "Portal:Email:SmtpPort must be a TCP port")]
    public async Task A_bad_setting_stops_the_app_with_a_clear_message(string key, string value, string message)
    {
        await using var app = PortalAppFactory.With(new Dictionary<string, string?> { [key] = value });

        var error = Assert.ThrowsAny<Exception>(() => app.CreateClient());

        Assert.Contains(message, error.ToString(), StringComparison.Ordinal);
    }
}
