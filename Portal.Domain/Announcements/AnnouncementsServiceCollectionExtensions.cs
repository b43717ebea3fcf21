using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Seeding;

namespace Portal.Domain.Announcements;

public static class AnnouncementsServiceCollectionExtensions
{
    /// <summary>Announcements: the operators' service, the sender and its scheduler, the results and the demo announcement.</summary>
    public static IServiceCollection AddAnnouncements(this IServiceCollection services)
    {
        services.AddScoped<AnnouncementService>();
        services.AddScoped<AnnouncementSender>();
        services.AddScoped<AnnouncementResultsReader>();
        services.AddHostedService<AnnouncementScheduler>();
        services.AddScoped<IDemoSeedStep, AnnouncementsSeedStep>();
        return services;
    }
}
