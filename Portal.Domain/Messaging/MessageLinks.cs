using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace Portal.Domain.Messaging;

/// <summary>
/// Absolute links in message emails, from <c>Portal:PublicBaseUrl</c> (checked on start, required outside Development),
/// never from a request's Host. A job has no request; in Development without a base, links start with <c>http://localhost</c>.
/// </summary>
public sealed partial class MessageLinks(IOptions<PortalOptions> options)
{
    private const string DevelopmentFallback = "http://localhost";

    public string BaseUrl => (options.Value.PublicBaseUrl is { Length: > 0 } configured ? configured : DevelopmentFallback).TrimEnd('/');

    public string Absolute(string relativePath)
    {
        ArgumentNullException.ThrowIfNull(relativePath);
        return $"{BaseUrl}/{relativePath.TrimStart('/')}";
    }

    /// <summary>Rendered HTML with its site-relative links and images made absolute (the renderer keeps them relative; an email needs them absolute).</summary>
    public string AbsoluteLinks(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        return SiteRelativeReference().Replace(html, m => $"{m.Groups[1].Value}=\"{WebUtility.HtmlEncode(Absolute(WebUtility.HtmlDecode(m.Groups[2].Value)))}\"");
    }

    // Protocol-relative ("//") references are not site links.
    [GeneratedRegex("(href|src)=\"(/(?!/)[^\"]*)\"")]
    private static partial Regex SiteRelativeReference();
}
