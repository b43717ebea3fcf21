using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Portal.Domain.Email;
using Portal.Domain.Media;

namespace Portal.Domain.Accounts;

public static class AccountsServiceCollectionExtensions
{
    /// <summary>Profiles, avatars, the member directory, role administration and account email.</summary>
    public static IServiceCollection AddAccounts(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<ProfileService>();
        services.AddScoped<MemberDirectory>();
        services.AddScoped<RoleAdminService>();
        services.AddSingleton<AvatarStore>();
        services.AddScoped<IPasswordValidator<PortalUser>, CommonPasswordValidator>();

        services.AddOptions<EmailOptions>().Bind(configuration.GetSection(EmailOptions.Section));
        services.AddSingleton<IEmailTransport>(sp =>
            string.IsNullOrWhiteSpace(sp.GetRequiredService<IOptions<EmailOptions>>().Value.SmtpHost)
                ? ActivatorUtilities.CreateInstance<PickupFolderTransport>(sp)
                : ActivatorUtilities.CreateInstance<SmtpTransport>(sp));
        services.AddScoped<IEmailSender<PortalUser>, PortalEmailSender>();
        return services;
    }
}
