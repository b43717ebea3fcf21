using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Jobs;

namespace Portal.Domain.Data.Backups;

public static class BackupsServiceCollectionExtensions
{
    /// <summary>Online backups on demand (the <c>backup</c> command) and on a schedule with retention.</summary>
    public static IServiceCollection AddBackups(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<BackupOptions>().Bind(configuration.GetSection(BackupOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<DatabaseBackups>();
        services.AddRecurringJob<DatabaseBackups>("Backing up the database", _ => DatabaseBackups.CheckInterval, (backups, ct) => backups.BackUpWhenDueAsync(ct));
        return services;
    }
}
