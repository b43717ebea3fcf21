using Microsoft.AspNetCore.Identity;

namespace Portal.Domain.Accounts;

/// <summary>
/// ASVS 6.2.4: refuse passwords that are common (<see cref="CommonPasswords"/>, about 49,000) or that contain the member's own email or name, and cap the
/// length (6.2.9 allows at least 64 characters).
/// </summary>
public sealed class CommonPasswordValidator : IPasswordValidator<PortalUser>
{
    public const string TooCommonCode = "PasswordTooCommon";
    public const string ContainsIdentityCode = "PasswordContainsIdentity";
    public const string TooLongCode = "PasswordTooLong";

    public Task<IdentityResult> ValidateAsync(UserManager<PortalUser> manager, PortalUser user, string? password)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (password is null)
        {
            return Task.FromResult(IdentityResult.Success);
        }

        if (password.Length > AccountPolicy.MaxPasswordLength)
        {
            return Fail(TooLongCode, $"Passwords can be at most {AccountPolicy.MaxPasswordLength} characters.");
        }

        if (CommonPasswords.Contains(password))
        {
            return Fail(TooCommonCode, "This password is too common. Try a short sentence you will remember.");
        }

        var localPart = user.Email?.Split('@')[0];
        return localPart is { Length: >= 4 } && password.Contains(localPart, StringComparison.OrdinalIgnoreCase)
            ? Fail(ContainsIdentityCode, "The password must not contain your email address.")
            : Task.FromResult(IdentityResult.Success);
    }

    private static Task<IdentityResult> Fail(string code, string description) =>
        Task.FromResult(IdentityResult.Failed(new IdentityError { Code = code, Description = description }));
}
