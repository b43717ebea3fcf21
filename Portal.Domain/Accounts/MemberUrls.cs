namespace Portal.Domain.Accounts;

/// <summary>Site-relative addresses of member pages: public profiles (also the target of @mentions) your own account and signing in.</summary>
public static class MemberUrls
{
    public const string EditProfile = "/account/profile";

    public const string Garage = "/account/garage";

    public const string SignInPage = "/Account/Login";

    /// <summary>The sign-in page, coming back to <paramref name="returnPath"/> (a local path) afterwards.</summary>
    public static string SignIn(string returnPath) => $"{SignInPage}?ReturnUrl={Uri.EscapeDataString(returnPath)}";

    public static string Profile(string memberId) => $"/members/{memberId}";
}
