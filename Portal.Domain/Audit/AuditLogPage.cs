namespace Portal.Domain.Audit;

/// <summary>One page of the audit log, newest first, with the number of entries the filters match.</summary>
public sealed record AuditLogPage(IReadOnlyList<AuditLine> Lines, int Page, int PageCount, int Total);
