namespace Portal.Domain.Forums;

/// <summary>An owner's report of a post, waiting in the moderators' queue until someone acts on it.</summary>
public sealed class PostReport
{
    public const int TextMaxLength = 500;

    public long Id { get; set; }
    public long PostId { get; set; }
    public required string ReporterId { get; set; }
    public ReportReason Reason { get; set; }
    public string? Text { get; set; }
    public DateTimeOffset At { get; set; }
    public ReportStatus Status { get; set; }
    public string? ResolvedById { get; set; }
    public DateTimeOffset? ResolvedAt { get; set; }

    /// <summary>The decision that closed this report (with the others on the same post), once resolved.</summary>
    public long? ResolutionId { get; set; }
}
