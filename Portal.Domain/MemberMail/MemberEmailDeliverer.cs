using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;
using Portal.Domain.Data;
using Portal.Domain.Email;
using Portal.Domain.Messaging;

namespace Portal.Domain.MemberMail;

/// <summary>
/// Sends the mail outbox a batch at a time: each queued email is claimed (<see cref="MemberEmailStatus.Sent"/>) in one
/// transaction before any goes to the transport, so a restart never sends one twice; an address no longer confirmed is
/// skipped. Several nodes can run this side by side: the status is a concurrency token, and the losing node's batch rolls back.
/// </summary>
public sealed partial class MemberEmailDeliverer(
    IDbContextFactory<PortalDbContext> contextFactory,
    IEmailTransport transport,
    NotificationEmails emails,
    IOptions<MemberMailOptions> options,
    TimeProvider clock,
    ILogger<MemberEmailDeliverer> logger)
{
    /// <summary>One pass: sends everything queued (in batches); returns how many went to the transport.</summary>
    public async Task<int> SendQueuedAsync(CancellationToken cancellationToken = default)
    {
        var sent = 0;
        while (true)
        {
            var (count, more) = await SendBatchAsync(cancellationToken);
            sent += count;
            if (!more)
            {
                return sent;
            }
        }
    }

    private async Task<(int Sent, bool More)> SendBatchAsync(CancellationToken cancellationToken)
    {
        var batchSize = options.Value.BatchSize;
        var now = clock.GetUtcNow();
        List<MemberEmail> batch;
        Dictionary<string, MessageRecipient> members;
        await using (var db = await contextFactory.CreateDbContextAsync(cancellationToken))
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            batch = await db.MemberEmails.Where(e => e.Status == MemberEmailStatus.Queued).OrderBy(e => e.Id).Take(batchSize).ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                return (0, false);
            }

            var memberIds = batch.Select(e => e.MemberId).Distinct(StringComparer.Ordinal).ToList();
            members = await db.Users.AsNoTracking().Where(u => memberIds.Contains(u.Id))
                .Select(u => new MessageRecipient(u.Id, u.DisplayName, u.Email, u.EmailConfirmed, u.PreferredCulture, u.MarketingConsentAt))
                .ToDictionaryAsync(u => u.Id, StringComparer.Ordinal, cancellationToken);
            foreach (var email in batch)
            {
                // The address may have changed (and so be unconfirmed) since the email was queued.
                var member = members[email.MemberId];
                email.Status = member.EmailConfirmed && member.Email is not null ? MemberEmailStatus.Sent : MemberEmailStatus.Skipped;
                email.SentAt = email.Status == MemberEmailStatus.Sent ? now : null;
            }

            try
            {
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                // Another node claimed some of this batch first; it rolls back here and the next pass carries on.
                LogLostRace(logger);
                return (0, false);
            }
        }

        var claimed = batch.Where(e => e.Status == MemberEmailStatus.Sent).ToList();
        var contexts = await LoadContextsAsync(claimed, members, cancellationToken);
        foreach (var email in claimed)
        {
            await SendAsync(email, contexts[email.Id], cancellationToken);
        }

        return (claimed.Count, batch.Count == batchSize);
    }

    /// <summary>The actors' names, the events and the members' door codes of a batch, in three queries.</summary>
    private async Task<Dictionary<long, NotificationEmailContext>> LoadContextsAsync(List<MemberEmail> claimed, Dictionary<string, MessageRecipient> members, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var actorIds = claimed.Where(e => e.ActorId is not null).Select(e => e.ActorId!).Distinct(StringComparer.Ordinal).ToList();
        var actors = await db.Users.AsNoTracking().Where(u => actorIds.Contains(u.Id)).Select(u => new { u.Id, u.DisplayName })
            .ToDictionaryAsync(u => u.Id, u => u.DisplayName, StringComparer.Ordinal, cancellationToken);
        var eventIds = claimed.Where(e => e.EventId is not null).Select(e => e.EventId!.Value).Distinct().ToList();
        var events = await db.Events.AsNoTracking().Where(e => eventIds.Contains(e.Id)).ToDictionaryAsync(e => e.Id, cancellationToken);
        var memberIds = claimed.Where(e => e.EventId is not null).Select(e => e.MemberId).Distinct(StringComparer.Ordinal).ToList();
        var codes = await db.EventSignups.AsNoTracking()
            .Where(s => eventIds.Contains(s.EventId) && memberIds.Contains(s.MemberId) && s.Status == Events.SignupStatus.Confirmed)
            .Select(s => new { s.EventId, s.MemberId, s.Code })
            .ToDictionaryAsync(s => (s.EventId, s.MemberId), s => s.Code, cancellationToken);
        return claimed.ToDictionary(e => e.Id, e => new NotificationEmailContext(
            members[e.MemberId],
            e.ActorId is not null && actors.TryGetValue(e.ActorId, out var actor) ? actor : null,
            e.EventId is { } eventId ? events.GetValueOrDefault(eventId) : null,
            e.EventId is { } id ? codes.GetValueOrDefault((id, e.MemberId)) : null));
    }

    private async Task SendAsync(MemberEmail email, NotificationEmailContext context, CancellationToken cancellationToken)
    {
        try
        {
            using MimeMessage message = emails.Compose(email, context);
            await transport.SendAsync(message, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogEmailFailed(logger, email.Id, ex);
            await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
            var error = ex.Message.Length > MemberEmail.ErrorMaxLength ? ex.Message[..MemberEmail.ErrorMaxLength] : ex.Message;
            await db.MemberEmails.Where(e => e.Id == email.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(e => e.Status, MemberEmailStatus.Failed).SetProperty(e => e.Error, error), cancellationToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Another node claimed part of a notification email batch first; this batch rolled back")]
    private static partial void LogLostRace(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Notification email {EmailId} failed")]
    private static partial void LogEmailFailed(ILogger logger, long emailId, Exception exception);
}
