using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Media;

namespace Portal.Domain.Articles;

public static class ArticlesServiceCollectionExtensions
{
    /// <summary>Articles: the Studio, publishing and its side effects, the reader and the cover store.</summary>
    public static IServiceCollection AddArticles(this IServiceCollection services)
    {
        services.AddImageStore(ArticleCoverImages.Profile);
        services.AddImageStore(ArticleBodyImages.Profile);
        services.AddScoped<ArticlePublication>();
        services.AddScoped<ArticleStudio>();
        services.AddScoped<ArticleReader>();
        return services;
    }
}
