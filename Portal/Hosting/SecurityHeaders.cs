using System.Security.Cryptography;
using Microsoft.AspNetCore.HttpsPolicy;
using Microsoft.Extensions.Options;

namespace Portal.Hosting;

/// <summary>
/// The response headers every page and file goes out with: a Content-Security-Policy with a fresh nonce per request
/// (scripts only from the site itself or carrying the nonce, no eval), nosniff, a referrer policy, a permissions policy,
/// no framing, and HSTS outside Development. Cookies are <c>Secure</c> outside Development and the test host's
/// <c>Testing</c> environment (both plain http); see README "Security".
/// </summary>
internal static class SecurityHeaders
{
    /// <summary>Where browsers send CSP violation reports (<see cref="CspReportEndpoint"/>).</summary>
    public const string ReportPath = "/csp-reports";

    /// <summary>The environment the test host runs in (PortalAppFactory): plain http, so cookies cannot be Secure there.</summary>
    public const string TestingEnvironment = "Testing";

    private static readonly object NonceKey = new();

    public static IServiceCollection AddPortalSecurityHeaders(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddOptions<SecurityOptions>()
            .Bind(configuration.GetSection(SecurityOptions.Section))
            .ValidateDataAnnotations()
            .Validate(o => o.ImageSources.All(IsSourceExpression), "Portal:Security:ImageSources must be origins such as https://img.example.com (no spaces, quotes or semicolons).")
            .ValidateOnStart();
        services.AddOptions<HstsOptions>().Configure<IOptions<SecurityOptions>>((hsts, security) =>
        {
            hsts.MaxAge = security.Value.HstsMaxAge;
            hsts.IncludeSubDomains = security.Value.HstsIncludeSubDomains;
        });
        var plainHttp = environment.IsDevelopment() || environment.IsEnvironment(TestingEnvironment);
        services.Configure<CookiePolicyOptions>(o => o.Secure = plainHttp ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always);
        return services;
    }

    /// <summary>Early in the pipeline, so error and status pages get the headers too (they are added as the response starts).</summary>
    public static WebApplication UsePortalSecurityHeaders(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.UseCookiePolicy();
        var security = app.Services.GetRequiredService<IOptions<SecurityOptions>>().Value;
        var images = string.Join(' ', ["'self'", "data:", "blob:", .. security.ImageSources]);
        app.Use((context, next) =>
        {
            var nonce = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
            context.Items[NonceKey] = nonce;
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.ContentSecurityPolicy =
                    $"default-src 'self'; script-src 'self' 'nonce-{nonce}'; style-src 'self' 'unsafe-inline'; img-src {images}; "
                    + "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'; "
                    + $"report-uri {ReportPath}; report-to csp";
                headers["Reporting-Endpoints"] = $"csp=\"{ReportPath}\"";
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
                headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), bluetooth=(), browsing-topics=()";
                return Task.CompletedTask;
            });
            return next(context);
        });
        return app;
    }

    /// <summary>This request's script nonce, for the few inline scripts the framework renders (the import map).</summary>
    public static string? NonceOf(HttpContext context) => context.Items[NonceKey] as string;

    private static bool IsSourceExpression(string source) =>
        source.Length > 0 && !source.Any(c => char.IsWhiteSpace(c) || c is ';' or ',' or '\'' or '"');
}
