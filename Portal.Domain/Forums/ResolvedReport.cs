using Portal.Domain.Accounts;

namespace Portal.Domain.Forums;

/// <summary>One decision in the reports history: the post, its author, who decided what and when, and why.</summary>
public sealed record ResolvedReport(
    long Id,
    PostLocation Location,
    string ThreadTitle,
    MemberSummary Author,
    MemberSummary? ResolvedBy,
    DateTimeOffset ResolvedAt,
    ReportAction Action,
    ModerationReason? Reason,
    string? Note,
    int? SilenceDays,
    int ReportCount);
