using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Options;
using Portal.Domain;

namespace Portal.Hosting;

/// <summary>
/// Absolute links that leave the site (account emails, calendar files and feeds, QR codes) start with the configured
/// <c>Portal:PublicBaseUrl</c>, never with the request's Host header, which any client can forge. Only in Development,
/// when no base is configured, the request's own base stands in (<see cref="PublicBaseUrlValidation"/>).
/// </summary>
internal sealed class PublicUrls(IOptions<PortalOptions> options, IHttpContextAccessor http, NavigationManager navigation)
{
    /// <summary>The base without a trailing slash, e.g. <c>https://owners.example.com</c> or <c>https://example.com/owners</c>.</summary>
    public string BaseUrl => (options.Value.PublicBaseUrl is { Length: > 0 } configured ? configured : RequestBase()).TrimEnd('/');

    /// <summary>The absolute form of a site-relative path such as <c>/events/3/checkin?code=ABC234</c> or <c>Account/ResetPassword</c>.</summary>
    public string Absolute(string relativePath)
    {
        ArgumentNullException.ThrowIfNull(relativePath);
        return $"{BaseUrl}/{relativePath.TrimStart('/')}";
    }

    // A server-rendered page or an endpoint has the request; an interactive circuit has the address it was opened at.
    private string RequestBase() =>
        http.HttpContext?.Request is { } request ? $"{request.Scheme}://{request.Host}{request.PathBase}" : navigation.BaseUri;
}
