namespace Portal.Domain.Accounts;

/// <summary>An audit record as the operators' page shows it.</summary>
public sealed record AuditRow(DateTimeOffset At, string Actor, string Action, string Target, string? Detail);
