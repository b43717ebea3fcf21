using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Portal.Domain.MemberMail;

public static class MemberMailServiceCollectionExtensions
{
    /// <summary>Members' notification preferences, the mail outbox's delivery job and the digest job.</summary>
    public static IServiceCollection AddMemberMail(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<MemberMailOptions>().Bind(configuration.GetSection(MemberMailOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<MailPreferences>();
        return services;
    }
}
