using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Portal.Domain.Accounts;

/// <summary>Adds display name and preferences (theme, language, time zone) to the member's principal.</summary>
public sealed class PortalClaimsPrincipalFactory(UserManager<PortalUser> userManager, RoleManager<IdentityRole> roleManager, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<PortalUser, IdentityRole>(userManager, roleManager, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(PortalUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(PortalClaims.DisplayName, user.DisplayName));
        identity.AddClaim(new Claim(PortalClaims.TimeZone, user.TimeZoneId));
        if (user.PrefersDarkMode is { } dark)
        {
            identity.AddClaim(new Claim(PortalClaims.DarkMode, dark ? "true" : "false"));
        }

        if (user.PreferredCulture is { Length: > 0 } culture)
        {
            identity.AddClaim(new Claim(PortalClaims.Culture, culture));
        }

        return identity;
    }
}
