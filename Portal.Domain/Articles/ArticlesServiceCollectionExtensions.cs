using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Portal.Domain.Activity;
using Portal.Domain.Jobs;
using Portal.Domain.Media;
using Portal.Domain.Seeding;

namespace Portal.Domain.Articles;

public static class ArticlesServiceCollectionExtensions
{
    /// <summary>Articles: the Studio, publishing and its side effects, the reader, the scheduler, search, the ticker's history the cover stores and the demo articles.</summary>
    public static IServiceCollection AddArticles(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ArticleOptions>().Bind(configuration.GetSection(ArticleOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddImageStore(ArticleCoverImages.Profile);
        services.AddImageStore(ArticleBodyImages.Profile);
        services.AddScoped<ArticlePublication>();
        services.AddScoped<ArticleStudio>();
        services.AddScoped<ArticleScheduler>();
        services.AddScoped<ArticleStudioReader>();
        services.AddScoped<ArticleCovers>();
        services.AddScoped<ArticleImages>();
        services.AddScoped<ArticleSearch>();
        services.AddScoped<IActivityHistory, ArticleActivityHistory>();
        services.AddRecurringJob<ArticleScheduler>("Publishing scheduled articles", sp => sp.GetRequiredService<IOptions<ArticleOptions>>().Value.SchedulerInterval, (scheduler, ct) => scheduler.PublishDueAsync(ct));
        services.AddScoped<ArticleReader>();
        services.AddScoped<IDemoSeedStep, ArticlesSeedStep>();
        return services;
    }
}
