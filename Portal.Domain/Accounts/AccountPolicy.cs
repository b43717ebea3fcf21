using Microsoft.AspNetCore.Identity;

namespace Portal.Domain.Accounts;

/// <summary>
/// Password and lockout rules. Passwords follow OWASP ASVS 6.2: length over composition (12+ characters,
/// no forced character classes). Password sign-in is throttled by <see cref="SignInThrottle"/> (Identity's lockout is
/// not used there, so nobody can lock a member out); Identity's lockout still guards two-factor and recovery codes.
/// </summary>
public static class AccountPolicy
{
    public const int MinPasswordLength = 12;
    public const int MaxPasswordLength = 128;
    public const int MaxFailedSignIns = 5;
    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(15);

    public static void Configure(IdentityOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Password.RequiredLength = MinPasswordLength;
        options.Password.RequireDigit = false;
        options.Password.RequireLowercase = false;
        options.Password.RequireUppercase = false;
        options.Password.RequireNonAlphanumeric = false;
        options.Password.RequiredUniqueChars = 4;
        options.Lockout.AllowedForNewUsers = true;
        options.Lockout.MaxFailedAccessAttempts = MaxFailedSignIns;
        options.Lockout.DefaultLockoutTimeSpan = LockoutDuration;
        options.User.RequireUniqueEmail = true;
        options.SignIn.RequireConfirmedAccount = false;
    }
}
