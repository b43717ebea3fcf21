using Microsoft.Extensions.Options;

namespace Portal.Domain.Messaging;

/// <summary>
/// Absolute links in message emails, from <c>Portal:PublicBaseUrl</c> (checked on start, required outside Development),
/// never from a request's Host. A job has no request; in Development without a base, links start with <c>http://localhost</c>.
/// </summary>
public sealed class MessageLinks(IOptions<PortalOptions> options)
{
    private const string DevelopmentFallback = "http://localhost";

    public string BaseUrl => (options.Value.PublicBaseUrl is { Length: > 0 } configured ? configured : DevelopmentFallback).TrimEnd('/');

    public string Absolute(string relativePath)
    {
        ArgumentNullException.ThrowIfNull(relativePath);
        return $"{BaseUrl}/{relativePath.TrimStart('/')}";
    }
}
