using System.Security.Claims;
using Microsoft.AspNetCore.Localization;
using Portal.Domain.Accounts;
using Portal.Domain.Localization;

namespace Portal.Hosting;

/// <summary>English and Simplified Chinese; chosen by cookie, then the member's saved choice, then Accept-Language.</summary>
internal static class Localization
{
    public const string Default = PortalCultures.EnglishName;
    public static readonly string[] Supported = [Default, PortalCultures.ChineseName];

    public static IServiceCollection AddPortalLocalization(this IServiceCollection services)
    {
        services.AddLocalization();
        services.Configure<RequestLocalizationOptions>(options =>
        {
            // Portal's own culture objects (day-first English dates), which the middleware hands to every request.
            options.DefaultRequestCulture = new RequestCulture(PortalCultures.English);
            options.SupportedCultures = [.. PortalCultures.Supported];
            options.SupportedUICultures = [.. PortalCultures.Supported];
            options.ApplyCurrentCultureToResponseHeaders = true;
            options.RequestCultureProviders =
            [
                new QueryStringRequestCultureProvider(),
                new CookieRequestCultureProvider(),
                new CustomRequestCultureProvider(context =>
                    Task.FromResult(context.User.FindFirstValue(PortalClaims.Culture) is { } culture
                        ? new ProviderCultureResult(culture)
                        : null)),
                new ChineseAcceptLanguageProvider(),
            ];
        });
        return services;
    }
}
