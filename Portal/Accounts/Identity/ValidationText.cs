using System.Globalization;
using System.Resources;

namespace Portal.Accounts.Identity;

/// <summary>
/// Localised DataAnnotations messages for server-rendered forms:
/// <c>[Required(ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.Required))]</c>.
/// </summary>
public static class ValidationText
{
    private static readonly ResourceManager Resources = new(typeof(IdentityText).FullName!, typeof(IdentityText).Assembly);

    public static string Required => Get(nameof(Required));

    public static string Email => Get(nameof(Email));

    public static string PasswordLength => Get(nameof(PasswordLength));

    public static string PasswordsMustMatch => Get(nameof(PasswordsMustMatch));

    public static string DisplayNameLength => Get(nameof(DisplayNameLength));

    public static string AuthenticatorCode => Get(nameof(AuthenticatorCode));

    private static string Get(string name) => Resources.GetString("Validation." + name, CultureInfo.CurrentUICulture) ?? name;
}
