using System.Security.Claims;
using Microsoft.AspNetCore.Localization;
using Portal.Domain.Accounts;

namespace Portal.Hosting;

/// <summary>English and Simplified Chinese; chosen by cookie, then the member's saved choice, then Accept-Language.</summary>
internal static class Localization
{
    public const string Default = "en";
    public static readonly string[] Supported = [Default, "zh-CN"];

    public static IServiceCollection AddPortalLocalization(this IServiceCollection services)
    {
        services.AddLocalization();
        services.Configure<RequestLocalizationOptions>(options =>
        {
            options.SetDefaultCulture(Default).AddSupportedCultures(Supported).AddSupportedUICultures(Supported);
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
