using Microsoft.EntityFrameworkCore;
using Portal.Domain.Data;
using Portal.Domain.MemberMail;
using Portal.Domain.Messaging;

namespace Portal.Domain.Notifications;

/// <summary>Adds notifications inside a feature's own transaction, so they exist exactly when what they announce does.</summary>
internal static class NotificationWriter
{
    /// <summary>
    /// For each recipient (never the actor) what their preference for <paramref name="kind"/> asks for: the notification
    /// in the bell, and/or an email in the outbox (<see cref="MemberEmail"/>, sent later by the delivery job), the email
    /// only to a confirmed address. Returns whose bell gets one, for the live bell after commit.
    /// </summary>
    /// <param name="excerpt">Markdown the email quotes (the post, the organisers' message).</param>
    /// <param name="eventId">The event an event email is about (door code, QR code, .ics).</param>
    public static async Task<IReadOnlyList<string>> AddAsync(
        PortalDbContext db, IEnumerable<string> recipientIds, NotificationKind kind, string? actorId, string subject, string url, DateTimeOffset at,
        string? excerpt = null, int? eventId = null, CancellationToken cancellationToken = default)
    {
        var recipients = recipientIds.Distinct(StringComparer.Ordinal).Where(r => r != actorId).ToList();
        if (recipients.Count == 0)
        {
            return [];
        }

        var chosen = await db.NotificationPreferences.AsNoTracking()
            .Where(p => p.Kind == kind && recipients.Contains(p.MemberId))
            .ToDictionaryAsync(p => p.MemberId, p => p.Channels, StringComparer.Ordinal, cancellationToken);
        var channels = recipients.ToDictionary(r => r, r => chosen.TryGetValue(r, out var c) ? c : MailDefaults.Channels(kind), StringComparer.Ordinal);
        var mailable = channels.Where(c => c.Value.HasFlag(MessageChannels.Email)).Select(c => c.Key).ToList();
        var confirmed = mailable.Count == 0
            ? []
            : await db.Users.AsNoTracking().Where(u => mailable.Contains(u.Id) && u.EmailConfirmed && u.Email != null).Select(u => u.Id).ToListAsync(cancellationToken);

        var bell = recipients.Where(r => channels[r].HasFlag(MessageChannels.InApp)).ToList();
        AddInApp(db, bell, kind, actorId, subject, url, at);
        foreach (var recipient in confirmed)
        {
            db.MemberEmails.Add(new MemberEmail
            {
                MemberId = recipient,
                Kind = kind,
                ActorId = actorId,
                Subject = Cut(subject, Notification.SubjectMaxLength),
                Url = url,
                Excerpt = excerpt is null ? null : Cut(excerpt, MemberEmail.ExcerptMaxLength),
                EventId = eventId,
                Status = MemberEmailStatus.Queued,
                CreatedAt = at,
            });
        }

        return bell;
    }

    /// <summary>
    /// Only the bell, whatever the preferences: for the demo seed, whose notifications are history that must never be mailed.
    /// Features use <see cref="AddAsync"/>.
    /// </summary>
    public static IReadOnlyList<string> Add(PortalDbContext db, IEnumerable<string> recipientIds, NotificationKind kind, string? actorId, string subject, string url, DateTimeOffset at)
    {
        var recipients = recipientIds.Distinct(StringComparer.Ordinal).Where(r => r != actorId).ToList();
        AddInApp(db, recipients, kind, actorId, subject, url, at);
        return recipients;
    }

    private static void AddInApp(PortalDbContext db, List<string> recipients, NotificationKind kind, string? actorId, string subject, string url, DateTimeOffset at)
    {
        foreach (var recipient in recipients)
        {
            db.Notifications.Add(new Notification
            {
                RecipientId = recipient,
                Kind = kind,
                ActorId = actorId,
                Subject = Cut(subject, Notification.SubjectMaxLength),
                Url = url,
                At = at,
            });
        }
    }

    private static string Cut(string text, int max) => text.Length > max ? text[..max] : text;
}
