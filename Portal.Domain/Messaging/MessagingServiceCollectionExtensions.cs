using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Portal.Domain.Jobs;

namespace Portal.Domain.Messaging;

public static class MessagingServiceCollectionExtensions
{
    /// <summary>The guard-railed dispatcher every segment, announcement and journey message goes through, and the delivery job.</summary>
    public static IServiceCollection AddMessaging(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<MessagingOptions>().Bind(configuration.GetSection(MessagingOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<MessageLinks>();
        services.AddSingleton<UnsubscribeTokens>();
        services.AddScoped<MessageEmails>();
        services.AddScoped<MessageDispatcher>();
        services.AddScoped<MessageDeliverer>();
        services.AddSingleton<MessageLinkPolicy>();
        services.AddScoped<MarketingConsent>();
        services.AddScoped<MemberMessages>();
        services.AddRecurringJob<MessageDeliverer>("Delivering messages", sp => sp.GetRequiredService<IOptions<MessagingOptions>>().Value.DeliveryInterval, (deliverer, ct) => deliverer.DeliverDueAsync(ct));
        return services;
    }
}
