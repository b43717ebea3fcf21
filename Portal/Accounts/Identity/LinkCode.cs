using System.Diagnostics.CodeAnalysis;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace Portal.Accounts.Identity;

/// <summary>
/// The Identity token carried in an emailed link (reset password, confirm email), Base64Url-encoded. A link that
/// was cut or mangled by a mail client must read as "invalid link", not throw.
/// </summary>
internal static class LinkCode
{
    public static bool TryDecode(string? code, [NotNullWhen(true)] out string? token)
    {
        token = null;
        if (string.IsNullOrEmpty(code))
        {
            return false;
        }

        try
        {
            token = Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(code));
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
