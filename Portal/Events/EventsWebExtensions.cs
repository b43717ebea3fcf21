using Portal.Activity;

namespace Portal.Events;

internal static class EventsWebExtensions
{
    /// <summary>The events' part of the web app: who may follow an event live on the activity hub.</summary>
    public static IServiceCollection AddEventsWeb(this IServiceCollection services)
    {
        services.AddScoped<IActivityGroupRule, EventGroupRule>();
        return services;
    }
}
