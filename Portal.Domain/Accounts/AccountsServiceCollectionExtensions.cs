using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
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
        services.AddImageStore(AvatarImages.Profile);
        // Identity's own length rule is only TryAdd-ed by AddIdentityCore, which skips it once any validator is registered.
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IPasswordValidator<PortalUser>, PasswordValidator<PortalUser>>());
        services.AddScoped<IPasswordValidator<PortalUser>, CommonPasswordValidator>();

        services.AddOptions<EmailOptions>()
            .Bind(configuration.GetSection(EmailOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<IEmailTransport>(sp =>
            string.IsNullOrWhiteSpace(sp.GetRequiredService<IOptions<EmailOptions>>().Value.SmtpHost)
                ? ActivatorUtilities.CreateInstance<PickupFolderTransport>(sp)
                : ActivatorUtilities.CreateInstance<SmtpTransport>(sp));
        services.AddScoped<IEmailSender<PortalUser>, PortalEmailSender>();
        return services;
    }
}
