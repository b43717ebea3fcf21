using Portal.Accounts;
using Portal.Activity;
using Portal.Domain;

namespace Portal.Hosting;

internal static class PortalAppExtensions
{
    /// <summary>
    /// The composition root: the root appsettings.json, the domain (the same <c>AddPortalDomain</c> the tests and
    /// benchmarks call, with every feature in it) and the web's own pieces on top: sign-in, Blazor and the shell, the hub, public links, proxies, the security headers and the rate limits.
    /// </summary>
    public static WebApplicationBuilder AddPortal(this WebApplicationBuilder builder)
    {
        builder.AddRootAppSettings();
        builder.Services
            .AddPortalDomain(builder.Configuration, builder.Environment.ContentRootPath)
            .AddPortalIdentity()
            .AddPortalWeb()
            .AddPortalActivity()
            .AddPublicUrls()
            .AddPortalForwardedHeaders(builder.Configuration)
            .AddPortalSecurityHeaders(builder.Configuration, builder.Environment)
            .AddPortalRateLimits(builder.Configuration);
        return builder;
    }
}
