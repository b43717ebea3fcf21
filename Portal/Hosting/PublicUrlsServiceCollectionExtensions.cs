using Microsoft.AspNetCore.HostFiltering;
using Microsoft.Extensions.Options;
using Portal.Domain;

namespace Portal.Hosting;

internal static class PublicUrlsServiceCollectionExtensions
{
    /// <summary>
    /// <see cref="PublicUrls"/>, the start-up check of <c>Portal:PublicBaseUrl</c>, and host filtering that accepts the
    /// <c>AllowedHosts</c> list plus the public base URL's host. In Development without a configured base, links follow
    /// the request and so does the filter (any host).
    /// </summary>
    public static IServiceCollection AddPublicUrls(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.AddScoped<PublicUrls>();
        services.AddSingleton<IValidateOptions<PortalOptions>, PublicBaseUrlValidation>();
        services.AddOptions<HostFilteringOptions>().PostConfigure<IOptions<PortalOptions>>((filter, portal) =>
        {
            if (PublicBaseUrlValidation.Parse(portal.Value.PublicBaseUrl) is not { } publicBase)
            {
                filter.AllowedHosts = ["*"];
            }
            else if (!filter.AllowedHosts.Contains("*") && !filter.AllowedHosts.Contains(publicBase.IdnHost, StringComparer.OrdinalIgnoreCase))
            {
                filter.AllowedHosts = [.. filter.AllowedHosts, publicBase.IdnHost];
            }
        });
        return services;
    }
}
