using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Portal.Domain.Jobs;

namespace Portal.Domain.MemberMail;

public static class MemberMailServiceCollectionExtensions
{
    /// <summary>Members' notification preferences, the mail outbox's delivery job and the digest job.</summary>
    public static IServiceCollection AddMemberMail(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<MemberMailOptions>().Bind(configuration.GetSection(MemberMailOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<MailPreferences>();
        services.AddScoped<NotificationEmails>();
        services.AddScoped<MemberEmailDeliverer>();
        services.AddScoped<Digests>();
        services.AddRecurringJob<Digests>("Queueing digests", sp => sp.GetRequiredService<IOptions<MemberMailOptions>>().Value.DigestInterval, (digests, ct) => digests.QueueDueAsync(ct));
        services.AddRecurringJob<MemberEmailDeliverer>("Sending notification emails", sp => sp.GetRequiredService<IOptions<MemberMailOptions>>().Value.DeliveryInterval, (deliverer, ct) => deliverer.SendQueuedAsync(ct));
        return services;
    }
}
