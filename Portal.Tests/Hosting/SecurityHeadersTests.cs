using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Portal.Domain.Seeding;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Hosting;

/// <summary>The headers every response carries (README "Security"), and the Secure cookies of the production configuration.</summary>
public sealed partial class SecurityHeadersTests(PortalAppFactory factory) : IClassFixture<PortalAppFactory>
{
    [Fact]
    public async Task A_page_has_a_strict_policy_with_a_fresh_nonce_on_its_only_inline_script()
    {
        var client = factory.CreateClient();

        using var first = await client.GetAsync("/");
        using var second = await client.GetAsync("/");

        var policy = Policy(first);
        Assert.Contains("script-src 'self' 'nonce-", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("script-src 'self' 'unsafe-inline'", policy, StringComparison.Ordinal);
        foreach (var directive in new[] { "default-src 'self'", "img-src 'self' data: blob:", "connect-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'", "frame-ancestors 'none'", "report-uri /csp-reports" })
        {
            Assert.Contains(directive, policy, StringComparison.Ordinal);
        }

        var nonce = NoncePattern().Match(policy).Groups[1].Value;
        Assert.NotEqual(nonce, NoncePattern().Match(Policy(second)).Groups[1].Value);
        var html = await first.Content.ReadAsStringAsync();
        var inline = InlineScriptPattern().Matches(html);
        Assert.NotEmpty(inline);
        Assert.All(inline, script => Assert.Contains($"nonce=\"{nonce}\"", script.Value, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/no/such/page")]
    [InlineData("/healthz")]
    [InlineData("/Account/Login")]
    public async Task Every_response_carries_the_protective_headers(string path)
    {
        using var response = await factory.CreateClient().GetAsync(path);

        Assert.NotNull(Policy(response));
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        Assert.Equal("strict-origin-when-cross-origin", Header(response, "Referrer-Policy"));
        Assert.Contains("camera=()", Header(response, "Permissions-Policy"), StringComparison.Ordinal);
        Assert.Contains("geolocation=()", Header(response, "Permissions-Policy"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Violation_reports_in_either_format_are_accepted_and_junk_is_refused()
    {
        var client = factory.CreateClient();
        const string Old = """{"csp-report":{"document-uri":"http://localhost/forums?q=secret","violated-directive":"script-src","blocked-uri":"inline"}}""";
        const string Reporting = """[{"type":"csp-violation","body":{"documentURL":"http://localhost/","effectiveDirective":"img-src","blockedURL":"https://tracker.example/p.gif?u=1"}}]""";

        using var old = await client.PostAsync("/csp-reports", new StringContent(Old, Encoding.UTF8, "application/csp-report"));
        using var reporting = await client.PostAsync("/csp-reports", new StringContent(Reporting, Encoding.UTF8, "application/reports+json"));
        using var junk = await client.PostAsync("/csp-reports", new StringContent("not json", Encoding.UTF8, "application/csp-report"));
        using var huge = await client.PostAsync("/csp-reports", new StringContent(new string(' ', 20_000), Encoding.UTF8, "application/csp-report"));

        Assert.Equal(HttpStatusCode.NoContent, old.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, reporting.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, junk.StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, huge.StatusCode);
    }

    [Fact]
    public async Task The_test_host_runs_over_http_so_its_cookies_are_not_secure()
    {
        using var response = await factory.CreateClient().GetAsync("/Account/Login");

        var cookies = response.Headers.GetValues("Set-Cookie").ToList();
        Assert.Contains(cookies, c => c.StartsWith(".AspNetCore.Antiforgery.", StringComparison.Ordinal));
        Assert.DoesNotContain(cookies, c => c.Contains("secure", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task In_production_the_auth_and_antiforgery_cookies_are_secure_and_https_gets_hsts()
    {
        const string Site = "https://owners.example.test";
        await using var production = PortalAppFactory.With(new Dictionary<string, string?> { [PortalAppFactory.PublicBaseUrlKey] = Site });
        await using var app = production.WithWebHostBuilder(b => b.UseEnvironment("Production"));
        var client = new FormClient(app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri(Site), AllowAutoRedirect = false, HandleCookies = true }));

        using var login = await client.Http.GetAsync("/Account/Login");
        using var signedIn = await client.SignInAsync(DemoAccounts.OwnerEmail, DemoAccounts.Password);

        Assert.Equal(HttpStatusCode.Found, signedIn.StatusCode);
        var antiforgery = Assert.Single(login.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".AspNetCore.Antiforgery.", StringComparison.Ordinal));
        Assert.Contains("; secure", antiforgery, StringComparison.OrdinalIgnoreCase);
        var auth = Assert.Single(signedIn.Headers.GetValues("Set-Cookie"), c => c.StartsWith("portal.auth=", StringComparison.Ordinal));
        Assert.Contains("; secure", auth, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("; httponly", auth, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("max-age=31536000", Header(login, "Strict-Transport-Security"));
    }

    private static string Policy(HttpResponseMessage response) => Header(response, "Content-Security-Policy");

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(", ", values) : throw new Xunit.Sdk.XunitException($"{name} missing on {response.RequestMessage?.RequestUri}");

    [GeneratedRegex("'nonce-([^']+)'")]
    private static partial Regex NoncePattern();

    /// <summary>A script element without a src attribute (an inline script).</summary>
    [GeneratedRegex("<script(?![^>]*\\ssrc=)[^>]*>")]
    private static partial Regex InlineScriptPattern();
}
