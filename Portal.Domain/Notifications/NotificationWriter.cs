using Portal.Domain.Data;

namespace Portal.Domain.Notifications;

/// <summary>Adds notifications inside a feature's own transaction, so they exist exactly when what they announce does.</summary>
internal static class NotificationWriter
{
    public static void Add(PortalDbContext db, IEnumerable<string> recipientIds, NotificationKind kind, string? actorId, string subject, string url, DateTimeOffset at)
    {
        foreach (var recipient in recipientIds.Distinct(StringComparer.Ordinal).Where(r => r != actorId))
        {
            db.Notifications.Add(new Notification
            {
                RecipientId = recipient,
                Kind = kind,
                ActorId = actorId,
                Subject = subject.Length > Notification.SubjectMaxLength ? subject[..Notification.SubjectMaxLength] : subject,
                Url = url,
                At = at,
            });
        }
    }
}
