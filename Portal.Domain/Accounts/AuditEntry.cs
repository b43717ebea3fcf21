namespace Portal.Domain.Accounts;

/// <summary>Who did what to whom: role changes, verifications, and later moderation.</summary>
public sealed class AuditEntry
{
    public const int ActionMaxLength = 64;

    public long Id { get; set; }
    public required string ActorId { get; set; }
    public required string Action { get; set; }
    public required string TargetType { get; set; }
    public required string TargetId { get; set; }
    public string? Detail { get; set; }
    public DateTimeOffset At { get; set; }
}
