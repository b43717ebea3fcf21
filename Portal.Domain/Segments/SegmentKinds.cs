using System.Globalization;
using Portal.Domain.Engagement;

namespace Portal.Domain.Segments;

/// <summary>Which engagement kind and section a behaviour condition reads.</summary>
internal static class SegmentKinds
{
    public static string Of(SegmentActivity activity) => activity switch
    {
        SegmentActivity.Posted => EngagementKinds.ThreadCreated,
        SegmentActivity.Replied => EngagementKinds.PostCreated,
        SegmentActivity.Reacted => EngagementKinds.ReactionAdded,
        SegmentActivity.Waitlisted => EngagementKinds.EventWaitlisted,
        SegmentActivity.OpenedNotification => EngagementKinds.NotificationOpened,
        _ => throw new ArgumentOutOfRangeException(nameof(activity), activity, null),
    };

    /// <summary>A board's section key in <see cref="EngagementMemberSectionDay"/> (its id).</summary>
    public static string Section(int boardId) => boardId.ToString(CultureInfo.InvariantCulture);
}
