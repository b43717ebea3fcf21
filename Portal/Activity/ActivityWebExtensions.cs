using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Portal.Hosting;

namespace Portal.Activity;

internal static class ActivityWebExtensions
{
    /// <summary>SignalR for <see cref="ActivityHub"/>, the relay from the bus, presence and the live counters' beat.</summary>
    public static IServiceCollection AddPortalActivity(this IServiceCollection services)
    {
        // JSON for any client; MessagePack for the owner app and kiosks, a third of the bytes and cheaper to parse.
        services.AddSignalR(o => o.AddFilter<HubErrorLog>()).AddMessagePackProtocol()
            .AddHubOptions<ActivityHub>(o => o.MaximumReceiveMessageSize = Hosting.MessageSizes.ActivityHub);
        services.AddLogging(logging => logging.AddFilter(HubErrorLog.DispatcherCategory, LogLevel.Critical));
        services.AddScoped<ActivityGroups>();
        services.TryAddEnumerable(ServiceDescriptor.Scoped<CircuitHandler, PresenceCircuitHandler>());
        services.AddHostedService<ActivityHubRelay>();
        services.AddHostedService<LiveBroadcaster>();
        return services;
    }

    public static WebApplication MapActivityHub(this WebApplication app)
    {
        app.MapHub<ActivityHub>(ActivityHub.Path).AllowAnonymous().RateLimitedAs(RateLimitKind.Hub);
        return app;
    }
}
