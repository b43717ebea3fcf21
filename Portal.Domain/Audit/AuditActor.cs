namespace Portal.Domain.Audit;

/// <summary>Someone who appears as an actor in the audit log, for the page's actor filter.</summary>
public sealed record AuditActor(string Id, string Name);
