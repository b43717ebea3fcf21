using System.Globalization;
using System.Security.Claims;
using Microsoft.Extensions.Options;
using Portal.Domain;
using Portal.Domain.Accounts;

namespace Portal.Shell;

/// <summary>Cookie first (the last explicit choice on this device), then the member's saved preference, then defaults.</summary>
internal static class ViewerPreferencesResolver
{
    public const string ThemeCookie = "portal.theme";
    public const string TimeZoneCookie = "portal.tz";

    public static ViewerPreferences Resolve(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var user = context.User;
        var dark = context.Request.Cookies[ThemeCookie] switch
        {
            "dark" => true,
            "light" => false,
            _ => user.FindFirstValue(PortalClaims.DarkMode) == "true",
        };
        var defaultZone = context.RequestServices.GetRequiredService<IOptions<PortalOptions>>().Value.DefaultTimeZone;
        var zone = user.FindFirstValue(PortalClaims.TimeZone) ?? context.Request.Cookies[TimeZoneCookie] ?? defaultZone;
        return new ViewerPreferences(dark, TimeZones.Find(zone).Id, CultureInfo.CurrentUICulture.Name);
    }
}
