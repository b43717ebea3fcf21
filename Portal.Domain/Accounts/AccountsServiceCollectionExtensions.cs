using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Portal.Domain.Data;
using Portal.Domain.Email;
using Portal.Domain.Media;

namespace Portal.Domain.Accounts;

public static class AccountsServiceCollectionExtensions
{
    /// <summary>
    /// Identity's core (users, roles, EF stores, token providers, Portal's password policy and claims), profiles, avatars,
    /// the member directory, role administration, registration and account email. The web app adds cookies and sign-in on top.
    /// </summary>
    public static IServiceCollection AddAccounts(this IServiceCollection services, IConfiguration configuration)
    {
        // Identity first: it TryAdds its own length rule, which Portal's common-password rule then joins.
        services.AddIdentityCore<PortalUser>(AccountPolicy.Configure)
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<PortalDbContext>()
            .AddDefaultTokenProviders()
            .AddPasswordValidator<CommonPasswordValidator>()
            .AddClaimsPrincipalFactory<PortalClaimsPrincipalFactory>();

        // Token providers protect with these keys; they live in the data folder, so links and cookies survive a restart.
        services.AddDataProtection();
        services.AddOptions<KeyManagementOptions>().Configure<DataPaths, ILoggerFactory>((options, paths, logging) =>
            options.XmlRepository = new FileSystemXmlRepository(new DirectoryInfo(Path.Combine(paths.Root, "keys")), logging));

        services.AddOptions<AccountOptions>().Bind(configuration.GetSection(AccountOptions.Section));
        services.AddSingleton<SignInThrottle>();
        services.AddScoped<ProfileService>();
        services.AddScoped<MemberDirectory>();
        services.AddScoped<RoleAdminService>();
        services.AddScoped<Audit.AuditLog>();
        services.AddScoped<Seeding.IDemoSeedStep, Audit.AuditSeedStep>();
        services.AddScoped<Registration>();
        services.AddScoped<SignInRecorder>();
        services.AddScoped<Erasure.AccountEraser>();
        services.AddScoped<Erasure.PersonalDataExport>();
        services.AddScoped<Activity.IActivityHistory, Erasure.ErasedActorHistory>();
        services.AddImageStore(AvatarImages.Profile);

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
