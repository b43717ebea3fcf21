using Microsoft.Extensions.DependencyInjection;

namespace Portal.Domain.Content;

public static class ContentServiceCollectionExtensions
{
    /// <summary>The shared Markdown pipeline every feature renders user text with, and the start-up re-render of stored HTML.</summary>
    public static IServiceCollection AddContent(this IServiceCollection services) =>
        services.AddSingleton<MarkdownRenderer>().AddScoped<StoredHtmlRefresh>();
}
