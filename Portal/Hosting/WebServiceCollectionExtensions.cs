using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
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
        // Keys live in the data folder, so sign-in cookies survive a restart.
        services.AddDataProtection();
        services.AddOptions<KeyManagementOptions>().Configure<DataPaths, ILoggerFactory>((options, paths, logging) =>
            options.XmlRepository = new FileSystemXmlRepository(new DirectoryInfo(Path.Combine(paths.Root, "keys")), logging));
        services.AddHealthChecks().AddDbContextCheck<PortalDbContext>("database");
        return services;
    }
}
