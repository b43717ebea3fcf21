using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Portal.Domain.Accounts;
using Portal.Shell;

namespace Portal.Hosting;

/// <summary>
/// Theme and language switches: set a cookie (and the member's saved preference when signed in), then go back.
/// These are plain GET links so they work on server-rendered and interactive pages alike.
/// </summary>
internal static class PreferencesEndpoints
{
    private static readonly CookieOptions PreferenceCookie = new()
    {
        MaxAge = TimeSpan.FromDays(365),
        IsEssential = true,
        SameSite = SameSiteMode.Lax,
        HttpOnly = false,
    };

    public static void MapPreferencesEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/preferences").AllowAnonymous();

        group.MapGet("/theme", async (HttpContext context, ProfileService profiles, [FromQuery] string? mode, [FromQuery] string? returnUrl) =>
        {
            var dark = mode == "dark";
            context.Response.Cookies.Append(ViewerPreferencesResolver.ThemeCookie, dark ? "dark" : "light", PreferenceCookie);
            if (context.User.FindFirstValue(ClaimTypes.NameIdentifier) is { } userId)
            {
                await profiles.SavePreferencesAsync(userId, dark, culture: null, context.RequestAborted);
            }

            return TypedResults.LocalRedirect(ReturnUrl.Sanitize(returnUrl));
        });

        group.MapGet("/culture", async (HttpContext context, ProfileService profiles, [FromQuery] string? culture, [FromQuery] string? returnUrl) =>
        {
            var chosen = Localization.Supported.Contains(culture) ? culture! : Localization.Default;
            context.Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(chosen)),
                PreferenceCookie);
            if (context.User.FindFirstValue(ClaimTypes.NameIdentifier) is { } userId)
            {
                await profiles.SavePreferencesAsync(userId, prefersDarkMode: null, chosen, context.RequestAborted);
            }

            return TypedResults.LocalRedirect(ReturnUrl.Sanitize(returnUrl));
        });

        // After a profile change, re-issue the cookie so the new display name and time zone apply at once.
        group.MapGet("/refresh", async (HttpContext context, SignInManager<PortalUser> signIn, UserManager<PortalUser> users, [FromQuery] string? returnUrl) =>
        {
            if (await users.GetUserAsync(context.User) is { } user)
            {
                await signIn.RefreshSignInAsync(user);
            }

            return TypedResults.LocalRedirect(ReturnUrl.Sanitize(returnUrl));
        });
    }
}
