namespace Portal.Domain.Accounts;

/// <summary>Claims Portal adds to the sign-in cookie so every request knows the member's preferences without a query.</summary>
public static class PortalClaims
{
    public const string DisplayName = "portal:name";
    public const string TimeZone = "portal:tz";
    public const string DarkMode = "portal:dark";
    public const string Culture = "portal:culture";
}
