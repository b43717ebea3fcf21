using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.WebUtilities;
using Portal.Domain.Notifications;

namespace Portal.Domain.Messaging;

/// <summary>
/// The token in an unsubscribe link: the member's id (and, for a notification email, its kind) protected with Data
/// Protection (the app's keys in the data folder), so nobody can forge a link for another member or another kind, and
/// the link works without signing in (RFC 8058 one-click).
/// </summary>
public sealed class UnsubscribeTokens(IDataProtectionProvider protection)
{
    private const char KindSeparator = '\n';
    private readonly IDataProtector protector = protection.CreateProtector("Portal.Messaging.Unsubscribe.v1");

    /// <summary>A token for marketing messages (the member's consent).</summary>
    public string Create(string memberId)
    {
        ArgumentNullException.ThrowIfNull(memberId);
        return Protect(memberId);
    }

    /// <summary>A token for one kind of notification email (the member's preference for that kind).</summary>
    public string Create(string memberId, NotificationKind kind)
    {
        ArgumentNullException.ThrowIfNull(memberId);
        return Protect($"{memberId}{KindSeparator}{kind}");
    }

    /// <summary>The member a marketing token names, or null for a token that was changed, cut, made with other keys, or names a kind.</summary>
    public string? MemberIdOf(string? token) => Read(token) is { Kind: null } request ? request.MemberId : null;

    /// <summary>Whom and what the token unsubscribes (a null kind is marketing), or null for a token that was changed, cut or made with other keys.</summary>
    public UnsubscribeRequest? Read(string? token)
    {
        if (string.IsNullOrWhiteSpace(token))
        {
            return null;
        }

        string text;
        try
        {
            text = Encoding.UTF8.GetString(protector.Unprotect(WebEncoders.Base64UrlDecode(token)));
        }
        catch (Exception ex) when (ex is CryptographicException or FormatException)
        {
            return null;
        }

        var separator = text.IndexOf(KindSeparator, StringComparison.Ordinal);
        if (separator < 0)
        {
            return new UnsubscribeRequest(text, null);
        }

        return Enum.TryParse<NotificationKind>(text[(separator + 1)..], out var kind) ? new UnsubscribeRequest(text[..separator], kind) : null;
    }

    private string Protect(string text) => WebEncoders.Base64UrlEncode(protector.Protect(Encoding.UTF8.GetBytes(text)));
}
