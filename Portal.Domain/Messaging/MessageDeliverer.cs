using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;
using Portal.Domain.Activity;
using Portal.Domain.Data;
using Portal.Domain.Email;
using Portal.Domain.Notifications;

namespace Portal.Domain.Messaging;

/// <summary>
/// Delivers the queued messages that are due, a batch per transaction: the in-app notification (in the member's language)
/// and the delivery's status change are one transaction, so a restart never delivers twice; a member who withdrew consent
/// since it was queued gets no marketing. After the commit the bells update live and the emails go to the transport,
/// each claimed (<see cref="MessageDelivery.EmailSentAt"/>) in that same transaction, so an email is sent at most once.
/// Several nodes can run this side by side: the status is a concurrency token, and the losing node's batch rolls back.
/// </summary>
public sealed partial class MessageDeliverer(
    IDbContextFactory<PortalDbContext> contextFactory,
    IActivityBus bus,
    IEmailTransport transport,
    MessageEmails emails,
    IOptions<MessagingOptions> options,
    TimeProvider clock,
    ILogger<MessageDeliverer> logger)
{
    /// <summary>One pass: delivers everything due now (in batches); returns how many were delivered.</summary>
    public async Task<int> DeliverDueAsync(CancellationToken cancellationToken = default)
    {
        var delivered = 0;
        while (true)
        {
            var (count, more) = await DeliverBatchAsync(cancellationToken);
            delivered += count;
            if (!more)
            {
                return delivered;
            }
        }
    }

    private async Task<(int Delivered, bool More)> DeliverBatchAsync(CancellationToken cancellationToken)
    {
        var batchSize = options.Value.DeliveryBatchSize;
        var now = clock.GetUtcNow();
        var outgoing = new List<(MessageDelivery Delivery, MessageRecipient Member)>();
        List<MessageDelivery> due;
        await using (var db = await contextFactory.CreateDbContextAsync(cancellationToken))
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            due = await db.MessageDeliveries
                .Where(d => d.Status == DeliveryStatus.Pending && d.DueAt <= now)
                .OrderBy(d => d.DueAt).ThenBy(d => d.Id)
                .Take(batchSize)
                .Include(d => d.Content)
                .ToListAsync(cancellationToken);
            if (due.Count == 0)
            {
                return (0, false);
            }

            var memberIds = due.Select(d => d.MemberId).Distinct(StringComparer.Ordinal).ToList();
            var members = await db.Users.AsNoTracking()
                .Where(u => memberIds.Contains(u.Id))
                .Select(u => new MessageRecipient(u.Id, u.DisplayName, u.Email, u.EmailConfirmed, u.PreferredCulture, u.MarketingConsentAt))
                .ToDictionaryAsync(u => u.Id, StringComparer.Ordinal, cancellationToken);
            foreach (var delivery in due)
            {
                var member = members[delivery.MemberId];
                if (delivery.Category.IsMarketing() && member.MarketingConsentAt is null)
                {
                    delivery.Status = DeliveryStatus.Suppressed;
                    delivery.Reason = SuppressionReason.NoConsent;
                    continue;
                }

                var chinese = MessageLanguage.IsChinese(member.PreferredCulture);
                var title = delivery.Content!.Title(chinese);
                delivery.Notification = new Notification
                {
                    RecipientId = member.Id,
                    Kind = NotificationKind.Message,
                    Subject = title.Length > Notification.SubjectMaxLength ? title[..Notification.SubjectMaxLength] : title,
                    Url = "",
                    At = now,
                };
                delivery.Status = DeliveryStatus.Delivered;
                delivery.DeliveredAt = now;
                if (delivery.Channels.HasFlag(MessageChannels.Email) && member.EmailConfirmed && member.Email is not null)
                {
                    delivery.EmailSentAt = now;
                    outgoing.Add((delivery, member));
                }
            }

            try
            {
                // The notification's address names the delivery, whose id exists only once it is saved.
                await db.SaveChangesAsync(cancellationToken);
                foreach (var delivery in due.Where(d => d.Notification is not null))
                {
                    delivery.Notification!.Url = MessagingUrls.Message(delivery.Id);
                }

                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                // Another node delivered some of this batch first; it rolls back here and the next pass carries on.
                LogLostRace(logger);
                return (0, false);
            }
        }

        var recipients = due.Where(d => d.Status == DeliveryStatus.Delivered).Select(d => d.MemberId).Distinct(StringComparer.Ordinal).ToList();
        await bus.PublishNotificationsAsync(recipients, now, CancellationToken.None);
        await SendEmailsAsync(outgoing, cancellationToken);
        return (due.Count(d => d.Status == DeliveryStatus.Delivered), due.Count == batchSize);
    }

    private async Task SendEmailsAsync(List<(MessageDelivery Delivery, MessageRecipient Member)> outgoing, CancellationToken cancellationToken)
    {
        foreach (var (delivery, member) in outgoing)
        {
            try
            {
                using MimeMessage message = emails.Compose(delivery, delivery.Content!, member);
                await transport.SendAsync(message, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogEmailFailed(logger, delivery.Id, ex);
                await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
                var error = ex.Message.Length > MessageDelivery.ErrorMaxLength ? ex.Message[..MessageDelivery.ErrorMaxLength] : ex.Message;
                await db.MessageDeliveries.Where(d => d.Id == delivery.Id)
                    .ExecuteUpdateAsync(s => s.SetProperty(d => d.EmailError, error), cancellationToken);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Another node delivered part of a message batch first; this batch rolled back")]
    private static partial void LogLostRace(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The email of message delivery {DeliveryId} failed")]
    private static partial void LogEmailFailed(ILogger logger, long deliveryId, Exception exception);
}
