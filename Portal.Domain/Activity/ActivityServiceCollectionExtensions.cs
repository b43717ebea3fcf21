using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Portal.Domain.Activity;

public static class ActivityServiceCollectionExtensions
{
    /// <summary>The in-memory bus (one node), presence and the "is replying…" throttle.</summary>
    public static IServiceCollection AddActivity(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ActivityOptions>().Bind(configuration.GetSection(ActivityOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<InMemoryActivityBus>();
        services.TryAddSingleton<IActivityBus>(sp => sp.GetRequiredService<InMemoryActivityBus>());
        services.TryAddSingleton<PresenceTracker>();
        services.TryAddSingleton<RecentActivity>();
        services.TryAddSingleton<LiveCounters>();
        return services;
    }
}
