namespace Portal.Domain.Accounts;

/// <summary>Site-relative addresses of member pages: public profiles (also the target of @mentions) and your own account.</summary>
public static class MemberUrls
{
    public const string EditProfile = "/account/profile";

    public const string Garage = "/account/garage";

    public static string Profile(string memberId) => $"/members/{memberId}";
}
