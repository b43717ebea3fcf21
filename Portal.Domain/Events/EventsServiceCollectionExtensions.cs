using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Activity;
using Portal.Domain.Jobs;
using Portal.Domain.Media;
using Portal.Domain.Seeding;

namespace Portal.Domain.Events;

public static class EventsServiceCollectionExtensions
{
    /// <summary>Events, sign-ups, check-in (<see cref="EventOptions"/>), calendars, the <c>event:{id}</c> hub group rule and the reminder job.</summary>
    public static IServiceCollection AddEvents(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<EventOptions>().Bind(configuration.GetSection(EventOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<EventActivity>();
        services.AddImageStore(EventCoverImages.Profile);
        services.AddScoped<EventSignupService>();
        services.AddScoped<EventStudio>();
        services.AddScoped<StudioEventReader>();
        services.AddScoped<EventCovers>();
        services.AddScoped<EventReader>();
        services.AddScoped<EventAttendees>();
        services.AddScoped<EventPeople>();
        services.AddScoped<EventCheckIn>();
        services.AddScoped<EventCalendar>();
        services.AddScoped<EventReminders>();
        services.AddScoped<IDemoSeedStep, EventsSeedStep>();
        services.AddScoped<IActivityGroupRule, EventGroupRule>();
        services.AddRecurringJob<EventReminders>("Event reminders", _ => EventReminders.Interval, (reminders, ct) => reminders.SendDueAsync(ct));
        return services;
    }
}
