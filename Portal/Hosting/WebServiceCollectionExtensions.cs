using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.Extensions.WebEncoders;
using MudBlazor.Services;
using Portal.Domain.Data;

namespace Portal.Hosting;

internal static class WebServiceCollectionExtensions
{
    /// <summary>Blazor (interactive server), MudBlazor, localisation, health checks and output caching.</summary>
    public static IServiceCollection AddPortalWeb(this IServiceCollection services)
    {
        services.AddRazorComponents().AddInteractiveServerComponents()
            .AddHubOptions(o => o.MaximumReceiveMessageSize = MessageSizes.Circuit);
        services.AddMudServices();
        // Chinese text goes out as UTF-8 characters, not numeric entities (smaller pages, readable source).
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddPortalLocalization();
        services.AddOutputCache();
        services.AddHealthChecks().AddDbContextCheck<PortalDbContext>("database").AddCheck<StorageHealthCheck>("storage");
        return services;
    }
}
