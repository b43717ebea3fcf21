using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Portal.Domain.Data;

public static class PersistenceServiceCollectionExtensions
{
    /// <summary>Options, data paths and the <see cref="PortalDbContext"/> factory on the configured provider.</summary>
    public static IServiceCollection AddPortalPersistence(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        services.AddOptions<PortalOptions>()
            .Bind(configuration.GetSection(PortalOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton(sp => new DataPaths(sp.GetRequiredService<IOptions<PortalOptions>>(), contentRoot));
        services.TryAddTimeProvider();

        services.AddDbContextFactory<PortalDbContext>((sp, options) =>
            options.UseSqlite(
                    sp.GetRequiredService<DataPaths>().ConnectionString,
                    sqlite => sqlite.MigrationsAssembly(typeof(PortalDbContext).Assembly.GetName().Name))
                .AddInterceptors(new SqlitePragmaInterceptor()));
        services.AddScoped<DatabaseInitializer>();
        services.AddSingleton<StorageProbe>();
        return services;
    }

    private static void TryAddTimeProvider(this IServiceCollection services)
    {
        if (services.All(d => d.ServiceType != typeof(TimeProvider)))
        {
            services.AddSingleton(TimeProvider.System);
        }
    }
}
