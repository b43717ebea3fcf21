using Microsoft.Extensions.Options;
using Portal.Domain;

namespace Portal.Hosting;

/// <summary>Checks <c>Portal:PublicBaseUrl</c> on start: an absolute http(s) URL with an optional path; only Development may leave it empty.</summary>
internal sealed class PublicBaseUrlValidation(IHostEnvironment environment) : IValidateOptions<PortalOptions>
{
    public ValidateOptionsResult Validate(string? name, PortalOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(options.PublicBaseUrl))
        {
            return environment.IsDevelopment()
                ? ValidateOptionsResult.Success
                : ValidateOptionsResult.Fail(
                    "Portal:PublicBaseUrl is required outside Development: the absolute address members reach Portal at, for example https://owners.example.com. "
                    + "Links in emails, calendar files and QR codes are built from it, never from the request's Host header.");
        }

        return Parse(options.PublicBaseUrl) is not null
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(
                $"Portal:PublicBaseUrl '{options.PublicBaseUrl}' is not an absolute http or https URL with an optional path and no query, fragment or user name, "
                + "for example https://owners.example.com or https://example.com/owners.");
    }

    /// <summary>The configured base as a URI, or null when it is not an absolute http(s) URL without query, fragment or user info.</summary>
    public static Uri? Parse(string? value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && uri.Query.Length == 0 && uri.Fragment.Length == 0 && uri.UserInfo.Length == 0
        && !value!.Contains('?', StringComparison.Ordinal) && !value.Contains('#', StringComparison.Ordinal)
            ? uri
            : null;
}
