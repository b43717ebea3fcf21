using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using Portal.Accounts.Identity;
using Portal.Domain.Accounts;

namespace Portal.Accounts;

internal static class IdentityServiceCollectionExtensions
{
    /// <summary>Signing in on the web: Identity's cookies and sign-in manager, the authentication state and the authorization policies.</summary>
    public static IServiceCollection AddPortalIdentity(this IServiceCollection services)
    {
        services.AddCascadingAuthenticationState();
        services.AddScoped<IdentityRedirectManager>();
        services.AddSingleton<KnownDevices>();
        services.AddScoped<AuthenticationStateProvider, IdentityRevalidatingAuthenticationStateProvider>();

        services.AddAuthentication(options =>
            {
                options.DefaultScheme = IdentityConstants.ApplicationScheme;
                options.DefaultSignInScheme = IdentityConstants.ExternalScheme;
            })
            .AddIdentityCookies();

        // Identity's core (users, roles, stores, tokens, password policy) comes with the domain's AddAccounts.
        new IdentityBuilder(typeof(PortalUser), typeof(IdentityRole), services).AddSignInManager();

        // Role changes and preference changes reach the cookie within a minute.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));
        services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = "/Account/Login";
            options.LogoutPath = "/Account/Logout";
            options.AccessDeniedPath = "/Account/AccessDenied";
            options.Cookie.Name = "portal.auth";
            options.SlidingExpiration = true;
            options.ExpireTimeSpan = TimeSpan.FromDays(14);
            // A signed-in member without the role gets 403 at the same URL (a friendly page via status code pages),
            // not a redirect that hides what happened.
            options.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });

        services.AddAuthorization(Policies.Configure);
        return services;
    }
}
