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
        if (DisplayNameProblem(input.DisplayName, [], isStaff: true) is { } nameProblem)
        {
            problems.Add(nameProblem);
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

    /// <summary>What is wrong with a display name once <see cref="DisplayNames.Normalize">normalised</see> (length, characters, reserved words), or null.</summary>
    public static Problem? DisplayNameProblem(string? displayName, IReadOnlyList<string> reservedWords, bool isStaff)
    {
        var name = DisplayNames.Normalize(displayName);
        if (name.Length == 0)
        {
            return new Problem(DisplayNameRequired, nameof(ProfileInput.DisplayName));
        }

        if (name.Length is < DisplayNameMinLength or > PortalUser.DisplayNameMaxLength)
        {
            return new Problem(DisplayNameLength, nameof(ProfileInput.DisplayName), DisplayNameMinLength, PortalUser.DisplayNameMaxLength);
        }

        return DisplayNames.Check(name, reservedWords, isStaff) is { } code ? new Problem(code, nameof(ProfileInput.DisplayName)) : null;
    }
}
