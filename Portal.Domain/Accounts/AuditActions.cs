namespace Portal.Domain.Accounts;

/// <summary>The <see cref="AuditEntry.Action"/> values written today.</summary>
public static class AuditActions
{
    public const string RoleGranted = "role.granted";
    public const string RoleRevoked = "role.revoked";
    public const string VehicleVerified = "vehicle.verified";
    public const string VehicleUnverified = "vehicle.unverified";
    public const string OfficialAnswer = "forum.official-answer";
    public const string ThreadPinned = "forum.thread-pinned";
    public const string ThreadUnpinned = "forum.thread-unpinned";
    public const string ThreadLocked = "forum.thread-locked";
    public const string ThreadUnlocked = "forum.thread-unlocked";
    public const string ThreadHidden = "forum.thread-hidden";
    public const string ThreadUnhidden = "forum.thread-unhidden";
    public const string ThreadMoved = "forum.thread-moved";
    public const string PostHidden = "forum.post-hidden";
    public const string PostUnhidden = "forum.post-unhidden";
    public const string ReportDismissed = "forum.report-dismissed";
    public const string MemberSilenced = "forum.member-silenced";

    /// <summary>An operator opened a member's engagement (profile numbers and timeline) in the console.</summary>
    public const string MemberEngagementViewed = "member.engagement-viewed";

    /// <summary>An operator downloaded a console report as CSV; the target is the report's name, the detail its period.</summary>
    public const string ConsoleExported = "console.exported";

    /// <summary>An operator looked at members of a segment (its sample in the builder); the target is the segment ("new" while unsaved).</summary>
    public const string SegmentMembersViewed = "segment.members-viewed";

    /// <summary>An operator scheduled an announcement (or sent it now); the detail names the segment, its size and the time.</summary>
    public const string AnnouncementScheduled = "announcement.scheduled";

    /// <summary>An operator started a journey (members the trigger brings in from now on enter); the detail is its name.</summary>
    public const string JourneyStarted = "journey.started";

    /// <summary>An operator paused a running journey; the detail is its name.</summary>
    public const string JourneyPaused = "journey.paused";

    /// <summary>An operator resumed a paused journey; the detail is its name.</summary>
    public const string JourneyResumed = "journey.resumed";

    /// <summary>An operator stopped a journey for good (every member still in it leaves); the detail is its name.</summary>
    public const string JourneyStopped = "journey.stopped";

    /// <summary>An operator declined to verify a car; the detail is the reason (and the note after ": ").</summary>
    public const string VehicleRejected = "vehicle.rejected";

    /// <summary>Every action above, in the order written here (the audit page's action filter).</summary>
    public static IReadOnlyList<string> All { get; } =
        [.. typeof(AuditActions).GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string)).Select(f => (string)f.GetRawConstantValue()!)];
}
