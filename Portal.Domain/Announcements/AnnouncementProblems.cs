namespace Portal.Domain.Announcements;

/// <summary>Problem codes of announcements; the console localises each one.</summary>
public static class AnnouncementProblems
{
    public const string NotFound = "Announcements.NotFound";

    /// <summary>Only a draft or a scheduled announcement can change or be sent.</summary>
    public const string NotEditable = "Announcements.NotEditable";

    public const string SegmentRequired = "Announcements.SegmentRequired";

    /// <summary>The segment has fewer members than the privacy floor: a broadcast is not one-to-one contact (args: the minimum).</summary>
    public const string TooFewMembers = "Announcements.TooFewMembers";

    public const string TitleRequired = "Announcements.TitleRequired";

    public const string BodyRequired = "Announcements.BodyRequired";

    /// <summary>The link is neither site-relative nor on a host the link policy allows.</summary>
    public const string LinkNotAllowed = "Announcements.LinkNotAllowed";

    /// <summary>The holdout share is outside 0 to 50%.</summary>
    public const string HoldoutOutOfRange = "Announcements.HoldoutOutOfRange";

    public const string ScheduleInPast = "Announcements.ScheduleInPast";
}
