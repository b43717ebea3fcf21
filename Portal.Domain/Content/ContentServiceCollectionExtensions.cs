using Microsoft.Extensions.DependencyInjection;

namespace Portal.Domain.Content;

public static class ContentServiceCollectionExtensions
{
    /// <summary>The shared Markdown pipeline every feature renders user text with.</summary>
    public static IServiceCollection AddContent(this IServiceCollection services) => services.AddSingleton<MarkdownRenderer>();
}
