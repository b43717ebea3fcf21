using MudBlazor.Services;
using Portal.Domain.Data;

namespace Portal.Hosting;

internal static class WebServiceCollectionExtensions
{
    /// <summary>Blazor (interactive server), MudBlazor, localisation, health checks, rate limits and output caching.</summary>
    public static IServiceCollection AddPortalWeb(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddMudServices();
        services.AddPortalLocalization();
        services.AddPortalRateLimits(configuration);
        services.AddOutputCache();
        services.AddHealthChecks().AddDbContextCheck<PortalDbContext>("database");
        return services;
    }
}
