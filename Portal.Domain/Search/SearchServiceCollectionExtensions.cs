using Microsoft.Extensions.DependencyInjection;

namespace Portal.Domain.Search;

public static class SearchServiceCollectionExtensions
{
    /// <summary>The site search over posts, events, articles and members.</summary>
    public static IServiceCollection AddSiteSearch(this IServiceCollection services) => services.AddScoped<SiteSearch>();
}
