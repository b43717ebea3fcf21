namespace Portal.Domain.Audit;

/// <summary>
/// The audit page's filters: one actor, one action, local days from and to (both included, in
/// <see cref="PortalOptions.DefaultTimeZone"/>), and the page (from 1).
/// </summary>
public sealed record AuditQuery(string? ActorId = null, string? Action = null, DateOnly? From = null, DateOnly? To = null, int Page = 1);
