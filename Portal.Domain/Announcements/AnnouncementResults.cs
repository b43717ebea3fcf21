using Portal.Domain.Experiments;
using Portal.Domain.Messaging;

namespace Portal.Domain.Announcements;

/// <summary>
/// What an announcement did. The send log's counts for the treated (<see cref="Delivered"/>, <see cref="Opened"/>,
/// <see cref="Clicked"/>, <see cref="Emailed"/>, <see cref="Pending"/> and <see cref="Suppressed"/> by reason), then came back
/// for the treated against the holdout with the difference and its 95% interval (<see cref="CameBack"/>, intention to treat:
/// every treated member counts, whether the guard rails let the message through or not). A count of 1 to 4 members is
/// null (withheld by the privacy floor), and so is the comparison when a group or its returners are withheld.
/// <see cref="WindowComplete"/> is false while the 7 days after the send are still running.
/// </summary>
public sealed record AnnouncementResults(
    Announcement Announcement,
    int? Delivered,
    int? Opened,
    int? Clicked,
    int? Emailed,
    int? Pending,
    IReadOnlyDictionary<SuppressionReason, int?> Suppressed,
    AnnouncementGroup Treated,
    AnnouncementGroup Holdout,
    ProportionComparison? CameBack,
    bool WindowComplete);
