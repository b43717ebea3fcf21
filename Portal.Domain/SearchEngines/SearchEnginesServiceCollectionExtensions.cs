using Microsoft.Extensions.DependencyInjection;

namespace Portal.Domain.SearchEngines;

public static class SearchEnginesServiceCollectionExtensions
{
    /// <summary>What the sitemap lists (the feeds and robots.txt are the web's).</summary>
    public static IServiceCollection AddSearchEngines(this IServiceCollection services) => services.AddScoped<SitemapReader>();
}
