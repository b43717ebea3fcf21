using Microsoft.AspNetCore.Identity;
using Portal.Domain.Garage;

namespace Portal.Domain.Accounts;

/// <summary>A member of the community: Identity account plus the public owner profile.</summary>
public sealed class PortalUser : IdentityUser
{
    public const int DisplayNameMaxLength = 40;
    public const int CityMaxLength = 60;
    public const int BioMaxLength = 280;

    [PersonalData]
    public string DisplayName { get; set; } = "";

    [PersonalData]
    public string? City { get; set; }

    [PersonalData]
    public string? Bio { get; set; }

    /// <summary>File name of the processed avatar under the uploads folder, or null for initials.</summary>
    public string? AvatarFile { get; set; }

    /// <summary>IANA time zone the member reads dates in.</summary>
    public string TimeZoneId { get; set; } = TimeZones.Default;

    /// <summary>Null follows the browser/OS preference; true or false is the member's explicit choice.</summary>
    public bool? PrefersDarkMode { get; set; }

    public string? PreferredCulture { get; set; }

    public DateTimeOffset JoinedAt { get; set; }

    /// <summary>
    /// When the member agreed to marketing messages (community and event news by in-app message and email); null means
    /// no consent. Opt-in, as GDPR and PIPL expect: a new registration starts without it unless the member ticks the box.
    /// Service notices do not need it.
    /// </summary>
    [PersonalData]
    public DateTimeOffset? MarketingConsentAt { get; set; }

    /// <summary>Until this time a moderator has stopped the member from posting.</summary>
    public DateTimeOffset? SilencedUntil { get; set; }

    public List<Vehicle> Vehicles { get; } = [];
}
