using Microsoft.Extensions.DependencyInjection;

namespace Portal.Domain.Notifications;

public static class NotificationsServiceCollectionExtensions
{
    /// <summary>Reading and marking a member's notifications (features write them with NotificationWriter).</summary>
    public static IServiceCollection AddNotifications(this IServiceCollection services)
    {
        services.AddScoped<NotificationService>();
        return services;
    }
}
