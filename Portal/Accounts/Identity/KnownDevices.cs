using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace Portal.Accounts.Identity;

/// <summary>
/// The device cookie of <see cref="Portal.Domain.Accounts.SignInThrottle"/>: set on a successful sign-in, signed and
/// encrypted with the app's data-protection keys, kept a year, naming the member. A browser that carries it for the
/// member signing in is their known device, which the account's failure count never delays.
/// </summary>
internal sealed class KnownDevices(IDataProtectionProvider protection)
{
    public const string CookieName = "Portal.Device";

    private static readonly TimeSpan Lifetime = TimeSpan.FromDays(365);

    private readonly IDataProtector protector = protection.CreateProtector("Portal.KnownDevice.v1");

    public bool IsKnown(HttpContext context, string? memberId)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (memberId is null || !context.Request.Cookies.TryGetValue(CookieName, out var value))
        {
            return false;
        }

        try
        {
            return string.Equals(protector.Unprotect(value), memberId, StringComparison.Ordinal);
        }
        catch (CryptographicException)
        {
            return false; // tampered with, or made with keys this app no longer has
        }
    }

    public void Remember(HttpContext context, string memberId)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.Cookies.Append(CookieName, protector.Protect(memberId), new CookieOptions
        {
            HttpOnly = true,
            Secure = context.Request.IsHttps,
            SameSite = SameSiteMode.Lax,
            IsEssential = true,
            MaxAge = Lifetime,
        });
    }
}
