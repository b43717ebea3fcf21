using Portal.Domain.Data;

namespace Portal.Domain.Notifications;

/// <summary>Adds notifications inside a feature's own transaction, so they exist exactly when what they announce does.</summary>
internal static class NotificationWriter
{
    /// <summary>Adds one notification per recipient (never to the actor) and returns who gets one, for the live bell after commit.</summary>
    public static IReadOnlyList<string> Add(PortalDbContext db, IEnumerable<string> recipientIds, NotificationKind kind, string? actorId, string subject, string url, DateTimeOffset at)
    {
        var recipients = recipientIds.Distinct(StringComparer.Ordinal).Where(r => r != actorId).ToList();
        foreach (var recipient in recipients)
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

        return recipients;
    }
}
