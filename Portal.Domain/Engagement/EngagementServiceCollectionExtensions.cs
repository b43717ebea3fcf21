using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Portal.Domain.Engagement;

public static class EngagementServiceCollectionExtensions
{
    public static IServiceCollection AddEngagement(this IServiceCollection services)
    {
        services.TryAddSingleton<InMemoryEngagementRecorder>();
        services.TryAddSingleton<IEngagementRecorder>(sp => sp.GetRequiredService<InMemoryEngagementRecorder>());
        return services;
    }
}
