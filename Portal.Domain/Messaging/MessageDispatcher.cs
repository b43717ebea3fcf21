using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.Domain.Data;

namespace Portal.Domain.Messaging;

/// <summary>
/// The one way anything sends a segment, announcement or journey message. Each message passes the guard rails
/// (<see cref="GuardRails"/>: consent, the weekly cap, quiet hours, a confirmed address for email) and is logged in
/// <c>MessageDeliveries</c>, queued or suppressed with the reason; <see cref="MessageDeliverer"/> delivers the queued
/// rows when they are due. A message whose idempotency key exists already is a no-op (<see cref="SuppressionReason.Duplicate"/>,
/// nothing logged), settled by a unique index even when two callers race.
/// </summary>
public sealed class MessageDispatcher(IDbContextFactory<PortalDbContext> contextFactory, IOptions<MessagingOptions> options, TimeProvider clock)
{
    private readonly GuardRails rails = new(options);
    private const int Chunk = 500;
    private const int Attempts = 3;

    /// <summary>Judges and logs the messages (in order, 500 to a transaction); one outcome per message, in the same order.</summary>
    public async Task<IReadOnlyList<DispatchOutcome>> EnqueueAsync(IReadOnlyList<OutgoingMessage> messages, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messages);
        foreach (var message in messages)
        {
            Validate(message);
        }

        var outcomes = new List<DispatchOutcome>(messages.Count);
        foreach (var chunk in messages.Chunk(Chunk))
        {
            outcomes.AddRange(await EnqueueChunkAsync(chunk, cancellationToken));
        }

        return outcomes;
    }

    /// <summary>
    /// How many of <paramref name="memberIds"/> a message of <paramref name="category"/> on <paramref name="channels"/> sent at
    /// <paramref name="sendAt"/> would reach: after opt-outs, after the cap, and how many would wait for their morning.
    /// </summary>
    public async Task<ReachEstimate> EstimateAsync(IReadOnlyCollection<string> memberIds, MessageCategory category, MessageChannels channels, DateTimeOffset sendAt, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(memberIds);
        var requested = Later(clock.GetUtcNow(), sendAt);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var members = await GuardRails.LoadRecipientsAsync(db, memberIds, cancellationToken);
        var history = category.IsMarketing()
            ? await GuardRails.LoadCapHistoryAsync(db, members.Keys, requested - GuardRails.CapWindow, cancellationToken)
            : [];
        int afterOptOuts = 0, afterCap = 0, waiting = 0, byEmail = 0;
        foreach (var member in members.Values)
        {
            var decision = rails.Judge(member, category, channels, requested, history);
            if (decision.Reason is SuppressionReason.NoConsent)
            {
                continue;
            }

            afterOptOuts++;
            if (decision.Status == DispatchStatus.Suppressed)
            {
                continue;
            }

            afterCap++;
            waiting += decision.WaitsForQuietHours(requested) ? 1 : 0;
            byEmail += decision.Channels.HasFlag(MessageChannels.Email) ? 1 : 0;
        }

        return new ReachEstimate(memberIds.Distinct(StringComparer.Ordinal).Count(), afterOptOuts, afterCap, waiting, byEmail);
    }

    private async Task<IReadOnlyList<DispatchOutcome>> EnqueueChunkAsync(OutgoingMessage[] chunk, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await TryEnqueueChunkAsync(chunk, cancellationToken);
            }
            catch (DbUpdateException) when (attempt < Attempts)
            {
                // Another caller logged one of these keys between our check and our insert: run the check again, which now sees it.
            }
        }
    }

    private async Task<IReadOnlyList<DispatchOutcome>> TryEnqueueChunkAsync(OutgoingMessage[] chunk, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        var keys = chunk.Select(m => m.IdempotencyKey).Distinct(StringComparer.Ordinal).ToList();
        var existing = await db.MessageDeliveries.AsNoTracking()
            .Where(d => keys.Contains(d.IdempotencyKey))
            .Select(d => new { d.IdempotencyKey, d.Id })
            .ToDictionaryAsync(d => d.IdempotencyKey, d => d.Id, StringComparer.Ordinal, cancellationToken);
        var memberIds = chunk.Select(m => m.MemberId).ToList();
        var members = await GuardRails.LoadRecipientsAsync(db, memberIds, cancellationToken);
        var earliest = chunk.Min(m => Later(now, m.NotBefore ?? now));
        var history = await GuardRails.LoadCapHistoryAsync(db, memberIds, earliest - GuardRails.CapWindow, cancellationToken);
        var contents = await MessageContents.FindOrAddAsync(db, chunk, cancellationToken);

        var rows = new List<(int Index, MessageDelivery Row, GuardRailDecision Decision)>();
        var outcomes = new DispatchOutcome?[chunk.Length];
        for (var i = 0; i < chunk.Length; i++)
        {
            var message = chunk[i];
            if (existing.TryGetValue(message.IdempotencyKey, out var existingId))
            {
                outcomes[i] = new DispatchOutcome(message.IdempotencyKey, message.MemberId, DispatchStatus.Suppressed, SuppressionReason.Duplicate, existingId, null, MessageChannels.None);
                continue;
            }

            var requested = Later(now, message.NotBefore ?? now);
            var decision = rails.Judge(members.GetValueOrDefault(message.MemberId), message.Category, message.Channels, requested, history);
            var row = new MessageDelivery
            {
                MemberId = message.MemberId,
                SourceType = message.SourceType,
                SourceId = message.SourceId,
                Category = message.Category,
                Channels = decision.Channels,
                IdempotencyKey = message.IdempotencyKey,
                ContentId = contents[i],
                Status = decision.Status == DispatchStatus.Queued ? DeliveryStatus.Pending : DeliveryStatus.Suppressed,
                Reason = decision.Reason,
                CreatedAt = now,
                DueAt = decision.DueAt,
            };
            existing[message.IdempotencyKey] = 0; // a repeat inside this batch is a duplicate too
            if (decision.Reason is not SuppressionReason.UnknownMember)
            {
                db.MessageDeliveries.Add(row);
            }

            rows.Add((i, row, decision));
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        foreach (var (index, row, decision) in rows)
        {
            outcomes[index] = new DispatchOutcome(
                row.IdempotencyKey, row.MemberId, decision.Status, decision.Reason, row.Id == 0 ? null : row.Id,
                decision.Status == DispatchStatus.Queued ? decision.DueAt : null, decision.Channels);
        }

        return outcomes.Select(o => o!).ToList();
    }

    private static DateTimeOffset Later(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    private static void Validate(OutgoingMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (message.Channels == MessageChannels.None)
        {
            throw new ArgumentException($"Message '{message.IdempotencyKey}' has no channel.", nameof(message));
        }

        if (message.IdempotencyKey.Length is 0 or > OutgoingMessage.IdempotencyKeyMaxLength
            || message.SourceType.Length is 0 or > OutgoingMessage.SourceTypeMaxLength
            || message.SourceId.Length > OutgoingMessage.SourceIdMaxLength)
        {
            throw new ArgumentException($"Message '{message.IdempotencyKey}' has an empty or too long key, source type or source id.", nameof(message));
        }

        if (message.TitleEnglish.Length > MessageContent.TitleMaxLength || message.TitleChinese.Length > MessageContent.TitleMaxLength
            || message.BodyEnglish.Length > MessageContent.BodyMaxLength || message.BodyChinese.Length > MessageContent.BodyMaxLength
            || message.Link?.Length > MessageContent.LinkMaxLength)
        {
            throw new ArgumentException($"Message '{message.IdempotencyKey}' has a title, body or link over its limit.", nameof(message));
        }
    }
}
