using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Engagement.History;
using Portal.Domain.Engagement.Reports;
using Portal.Domain.Seeding;

namespace Portal.Domain.Engagement;

public static class EngagementServiceCollectionExtensions
{
    public static IServiceCollection AddEngagement(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<EngagementOptions>().Bind(configuration.GetSection(EngagementOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<EngagementCalendar>();
        services.AddSingleton<Lifecycle>();
        services.AddSingleton<PrivacyFloor>();
        services.AddSingleton<EngagementPipeline>();
        services.AddSingleton<EngagementEnricher>();
        services.AddScoped<EngagementVisitorContext>();
        services.AddScoped<IEngagementRecorder, ScopedEngagementRecorder>();
        services.AddScoped<MemberSegments>();
        services.AddScoped<LifecycleSnapshots>();
        services.AddScoped<MemberEngagementWriter>();
        services.AddScoped<IEngagementStore, RelationalEngagementStore>();
        services.AddScoped<EventFunnels>();
        services.AddScoped<LifecycleReport>();
        services.AddScoped<MemberEngagement>();
        services.AddHostedService<EngagementWriter>();
        services.AddSingleton<EngagementMaintenance>();
        services.AddHostedService(sp => sp.GetRequiredService<EngagementMaintenance>());
        services.AddSingleton<EngagementHistoryGenerator>();
        services.AddScoped<EngagementHistory>();
        services.AddScoped<IDemoSeedStep, EngagementSeedStep>();
        services.AddEngagementReports();
        return services;
    }
}
