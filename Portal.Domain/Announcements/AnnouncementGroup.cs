namespace Portal.Domain.Announcements;

/// <summary>
/// One side of an announcement's experiment: its members, and how many of them came back (were active on any local day
/// in the 7 days after the send day). Every count is null when the privacy floor withholds it.
/// </summary>
public sealed record AnnouncementGroup(int? Members, int? CameBack);
