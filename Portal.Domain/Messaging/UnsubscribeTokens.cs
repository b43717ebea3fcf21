using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.WebUtilities;

namespace Portal.Domain.Messaging;

/// <summary>
/// The token in an unsubscribe link: the member's id protected with Data Protection (the app's keys in the data folder),
/// so nobody can forge a link for another member, and the link works without signing in (RFC 8058 one-click).
/// </summary>
public sealed class UnsubscribeTokens(IDataProtectionProvider protection)
{
    private readonly IDataProtector protector = protection.CreateProtector("Portal.Messaging.Unsubscribe.v1");

    public string Create(string memberId)
    {
        ArgumentNullException.ThrowIfNull(memberId);
        return WebEncoders.Base64UrlEncode(protector.Protect(Encoding.UTF8.GetBytes(memberId)));
    }

    /// <summary>The member the token names, or null for a token that was changed, cut or made with other keys.</summary>
    public string? MemberIdOf(string? token)
    {
        if (string.IsNullOrWhiteSpace(token))
        {
            return null;
        }

        try
        {
            return Encoding.UTF8.GetString(protector.Unprotect(WebEncoders.Base64UrlDecode(token)));
        }
        catch (Exception ex) when (ex is CryptographicException or FormatException)
        {
            return null;
        }
    }
}
