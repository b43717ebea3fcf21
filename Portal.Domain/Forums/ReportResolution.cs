using Portal.Domain.Accounts;

namespace Portal.Domain.Forums;

/// <summary>
/// A moderator's decision on the reports of one post: what they did, why, and how many reports it closed. The
/// history of the reports queue and the "earlier reports" of a reported author are read from these rows.
/// </summary>
public sealed class ReportResolution
{
    public const int NoteMaxLength = 160;

    public long Id { get; set; }
    public long PostId { get; set; }

    /// <summary>The reported post's author (kept here so a member's record is one indexed read).</summary>
    public required string AuthorId { get; set; }

    public string? ResolvedById { get; set; }
    public DateTimeOffset ResolvedAt { get; set; }
    public ReportAction Action { get; set; }

    /// <summary>The preset reason; null for a dismissal without one (and for decisions made before presets existed).</summary>
    public ModerationReason? Reason { get; set; }

    public string? Note { get; set; }

    /// <summary>Days of silence for <see cref="ReportAction.SilenceMember"/>, else null.</summary>
    public int? SilenceDays { get; set; }

    public int ReportCount { get; set; }

    public PortalUser? Author { get; set; }
}
