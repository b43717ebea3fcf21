using Portal.Domain.Accounts;

namespace Portal.Domain.Forums;

public sealed record OpenReportEntry(long Id, MemberSummary Reporter, ReportReason Reason, string? Text, DateTimeOffset At);
