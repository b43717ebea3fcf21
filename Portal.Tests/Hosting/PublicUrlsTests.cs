using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Options;
using Portal.Domain;
using Portal.Hosting;

namespace Portal.Tests.Hosting;

/// <summary>Absolute links come from the configured base; only Development without one falls back to the request.</summary>
public sealed class PublicUrlsTests
{
    [Theory]
    [InlineData("https://owners.example", "/events/3/checkin?code=ABC234", "https://owners.example/events/3/checkin?code=ABC234")]
    [InlineData("https://example.com/owners/", "Account/ResetPassword", "https://example.com/owners/Account/ResetPassword")]
    [InlineData("http://localhost:5000", "/calendar/t0k3n.ics", "http://localhost:5000/calendar/t0k3n.ics")]
    public void A_configured_base_wins_over_the_requests_host(string configured, string path, string expected)
    {
        var urls = Urls(configured, Request("evil.example", "/elsewhere"));

        Assert.Equal(expected, urls.Absolute(path));
    }

    [Fact]
    public void Without_a_base_the_request_base_stands_in_and_a_circuit_uses_its_address()
    {
        Assert.Equal("http://dev.local:5123/p/Account/ConfirmEmail", Urls(null, Request("dev.local:5123", "/p")).Absolute("Account/ConfirmEmail"));
        Assert.Equal("http://127.0.0.1:5000/events/mine", Urls("", null).Absolute("/events/mine"));
    }

    [Theory]
    [InlineData("Development", null, true)]
    [InlineData("Development", "https://owners.example", true)]
    [InlineData("Production", null, false)]
    [InlineData("Production", "https://owners.example/community", true)]
    [InlineData("Production", "//owners.example", false)]
    [InlineData("Production", "https://user@owners.example", false)]
    [InlineData("Production", "https://owners.example/#top", false)]
    public void The_base_is_required_outside_development_and_must_be_a_plain_http_url(string environment, string? configured, bool valid)
    {
        var validation = new PublicBaseUrlValidation(new HostingEnvironment { EnvironmentName = environment });

        Assert.Equal(valid, validation.Validate(null, new PortalOptions { PublicBaseUrl = configured }).Succeeded);
    }

    private static PublicUrls Urls(string? configured, HttpContext? request) =>
        new(Options.Create(new PortalOptions { PublicBaseUrl = configured }), new HttpContextAccessor { HttpContext = request }, new CircuitNavigation());

    private static DefaultHttpContext Request(string host, string pathBase)
    {
        var context = new DefaultHttpContext();
        context.Request.Scheme = "http";
        context.Request.Host = new HostString(host);
        context.Request.PathBase = pathBase;
        return context;
    }

    private sealed class CircuitNavigation : NavigationManager
    {
        public CircuitNavigation() => Initialize("http://127.0.0.1:5000/", "http://127.0.0.1:5000/events");
    }
}
