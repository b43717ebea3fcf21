using Microsoft.Extensions.DependencyInjection;

namespace Portal.Domain.Jobs;

public static class RecurringJobServiceCollectionExtensions
{
    /// <summary>
    /// Runs <paramref name="pass"/> on a scoped <typeparamref name="TWork"/> at start and then every
    /// <paramref name="interval"/> (read from the options once at start) in the background: the one way a feature adds
    /// recurring work.
    /// </summary>
    public static IServiceCollection AddRecurringJob<TWork>(this IServiceCollection services, string name, Func<IServiceProvider, TimeSpan> interval, Func<TWork, CancellationToken, Task<int>> pass)
        where TWork : notnull
    {
        services.AddSingleton(new RecurringJobDefinition<TWork>(name, interval, pass));
        services.AddHostedService<RecurringJob<TWork>>();
        return services;
    }
}
