using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Portal.Domain.Jobs;
using Portal.Domain.Messaging;
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
        services.AddRecurringJob<AnnouncementSender>("Sending due announcements", sp => sp.GetRequiredService<IOptions<MessagingOptions>>().Value.DeliveryInterval, (sender, ct) => sender.SendDueAsync(ct));
        services.AddScoped<IDemoSeedStep, AnnouncementsSeedStep>();
        return services;
    }
}
