namespace Portal.Domain.Accounts;

/// <summary>Problem codes the profile and avatar use cases return; the UI localises each.</summary>
public static class ProfileProblems
{
    public const int DisplayNameMinLength = 2;

    public const string DisplayNameRequired = "Profile.DisplayNameRequired";
    public const string DisplayNameLength = "Profile.DisplayNameLength";
    public const string CityTooLong = CommonProblems.TooLong;
    public const string BioTooLong = CommonProblems.TooLong;
    public const string UnknownTimeZone = CommonProblems.UnknownTimeZone;
    public const string AvatarTooLarge = "Profile.AvatarTooLarge";
    public const string AvatarNotImage = "Profile.AvatarNotImage";
    public const string AvatarTooManyPixels = "Profile.AvatarTooManyPixels";
    public const string NotFound = "Profile.NotFound";

    public static Result Validate(ProfileInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var problems = new List<Problem>();
        var name = input.DisplayName?.Trim() ?? "";
        if (name.Length == 0)
        {
            problems.Add(new Problem(DisplayNameRequired, nameof(ProfileInput.DisplayName)));
        }
        else if (name.Length is < DisplayNameMinLength or > PortalUser.DisplayNameMaxLength)
        {
            problems.Add(new Problem(DisplayNameLength, nameof(ProfileInput.DisplayName), DisplayNameMinLength, PortalUser.DisplayNameMaxLength));
        }

        if (input.City?.Trim().Length > PortalUser.CityMaxLength)
        {
            problems.Add(new Problem(CityTooLong, nameof(ProfileInput.City), PortalUser.CityMaxLength));
        }

        if (input.Bio?.Trim().Length > PortalUser.BioMaxLength)
        {
            problems.Add(new Problem(BioTooLong, nameof(ProfileInput.Bio), PortalUser.BioMaxLength));
        }

        if (!TimeZones.Offered.Contains(input.TimeZoneId))
        {
            problems.Add(new Problem(UnknownTimeZone, nameof(ProfileInput.TimeZoneId)));
        }

        return problems.Count == 0 ? Result.Ok : Result.Fail([.. problems]);
    }
}
