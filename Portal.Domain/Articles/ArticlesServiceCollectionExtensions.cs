using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Media;
using Portal.Domain.Seeding;

namespace Portal.Domain.Articles;

public static class ArticlesServiceCollectionExtensions
{
    /// <summary>Articles: the Studio, publishing and its side effects, the image stores and the demo articles.</summary>
    public static IServiceCollection AddArticles(this IServiceCollection services)
    {
        services.AddImageStore(ArticleCoverImages.Profile);
        services.AddImageStore(ArticleBodyImages.Profile);
        services.AddScoped<ArticlePublication>();
        services.AddScoped<ArticleStudio>();
        services.AddScoped<IDemoSeedStep, ArticlesSeedStep>();
        return services;
    }
}
