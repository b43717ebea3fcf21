using Microsoft.Extensions.Options;

namespace Portal.Domain.Messaging;

/// <summary>
/// Which addresses the click-tracking redirect may send a member to: the site itself (a site-relative path, or an absolute
/// link on the public base URL's host) and <see cref="MessagingOptions.AllowedLinkHosts"/>. Anything else is refused, so the
/// redirect is never an open redirect.
/// </summary>
public sealed class MessageLinkPolicy(IOptions<MessagingOptions> options, IOptions<PortalOptions> portal)
{
    /// <summary>True when the click redirect may send a member to <paramref name="target"/>.</summary>
    public bool Allows(string? target)
    {
        if (string.IsNullOrWhiteSpace(target) || target.Any(char.IsControl))
        {
            return false;
        }

        if (target.StartsWith('/'))
        {
            // "//host" and "/\host" are read by browsers as another host.
            return target.Length == 1 || (target[1] != '/' && target[1] != '\\');
        }

        if (!Uri.TryCreate(target, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp) || uri.UserInfo.Length > 0)
        {
            return false;
        }

        var own = Uri.TryCreate(portal.Value.PublicBaseUrl, UriKind.Absolute, out var baseUri) ? baseUri.Host : null;
        return string.Equals(uri.Host, own, StringComparison.OrdinalIgnoreCase)
            || options.Value.AllowedLinkHosts.Any(h => string.Equals(uri.Host, h, StringComparison.OrdinalIgnoreCase));
    }
}
