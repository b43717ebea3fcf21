using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Media;
using Portal.Domain.Seeding;

namespace Portal.Domain.Events;

public static class EventsServiceCollectionExtensions
{
    /// <summary>Events, sign-ups, check-in and calendars; <paramref name="reminders"/> adds the reminder job (off in unit tests, which tick it themselves).</summary>
    public static IServiceCollection AddEvents(this IServiceCollection services, bool reminders = true)
    {
        services.AddScoped<EventActivity>();
        services.AddImageStore(EventCoverImages.Profile);
        services.AddScoped<EventSignupService>();
        services.AddScoped<EventStudio>();
        services.AddScoped<EventCovers>();
        services.AddScoped<EventReader>();
        services.AddScoped<EventAttendees>();
        services.AddScoped<EventCheckIn>();
        services.AddScoped<EventCalendar>();
        services.AddScoped<EventReminders>();
        services.AddScoped<IDemoSeedStep, EventsSeedStep>();
        if (reminders)
        {
            services.AddHostedService<EventReminderService>();
        }

        return services;
    }
}
