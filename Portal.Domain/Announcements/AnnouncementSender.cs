using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Portal.Domain.Data;
using Portal.Domain.Engagement;
using Portal.Domain.Experiments;
using Portal.Domain.Messaging;
using Portal.Domain.Segments;

namespace Portal.Domain.Announcements;

/// <summary>
/// Sends the announcements that are due. Each is claimed with a conditional status change (Scheduled to Sending, so one
/// node sends it), its segment is evaluated now, the audience is recorded with the holdout drawn by <see cref="Holdout"/>
/// (the held-out members get nothing), and every treated member's message goes through <see cref="MessageDispatcher"/>
/// with the key <c>announcement:{id}:{member}</c>. A restart finds it Sending and carries on from the recorded audience;
/// the keys make the repeat a no-op. The due deliveries are then delivered at once, so "send now" reaches the bells now.
/// </summary>
public sealed partial class AnnouncementSender(
    IDbContextFactory<PortalDbContext> contexts,
    SegmentService segments,
    SegmentEvaluator evaluator,
    MessageDispatcher dispatcher,
    MessageDeliverer deliverer,
    PrivacyFloor floor,
    TimeProvider clock,
    ILogger<AnnouncementSender> logger)
{
    private const int Chunk = 1000;

    /// <summary>One pass: sends every due (or interrupted) announcement; returns how many were sent.</summary>
    public async Task<int> SendDueAsync(CancellationToken ct = default)
    {
        var sent = 0;
        while (await NextAsync(ct) is { } id)
        {
            if (await SendAsync(id, ct))
            {
                sent++;
            }
        }

        if (sent > 0)
        {
            await deliverer.DeliverDueAsync(ct);
        }

        return sent;
    }

    /// <summary>The next announcement to send, claimed: an interrupted one first, then the earliest due.</summary>
    private async Task<int?> NextAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(ct);
        var sending = await db.Announcements.Where(a => a.Status == AnnouncementStatus.Sending).Select(a => (int?)a.Id).FirstOrDefaultAsync(ct);
        if (sending is not null)
        {
            return sending;
        }

        while (true)
        {
            var due = await db.Announcements
                .Where(a => a.Status == AnnouncementStatus.Scheduled && a.ScheduledAt <= now)
                .OrderBy(a => a.ScheduledAt).ThenBy(a => a.Id)
                .Select(a => (int?)a.Id)
                .FirstOrDefaultAsync(ct);
            if (due is not { } id)
            {
                return null;
            }

            var claimed = await db.Announcements.Where(a => a.Id == id && a.Status == AnnouncementStatus.Scheduled)
                .ExecuteUpdateAsync(s => s.SetProperty(a => a.Status, AnnouncementStatus.Sending), ct);
            if (claimed == 1)
            {
                return id;
            }
        }
    }

    private async Task<bool> SendAsync(int id, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var announcement = await db.Announcements.SingleAsync(a => a.Id == id, ct);
        if (!await db.AnnouncementRecipients.AnyAsync(r => r.AnnouncementId == id, ct))
        {
            var refusal = await RecordAudienceAsync(db, announcement, ct);
            if (refusal is not null)
            {
                announcement.Status = AnnouncementStatus.Draft;
                announcement.ScheduledAt = null;
                announcement.Problem = refusal;
                announcement.UpdatedAt = clock.GetUtcNow();
                await db.SaveChangesAsync(ct);
                LogRefused(logger, id, refusal);
                return false;
            }
        }

        var treated = await db.AnnouncementRecipients.AsNoTracking()
            .Where(r => r.AnnouncementId == id && !r.HeldOut)
            .OrderBy(r => r.Id)
            .Select(r => r.MemberId)
            .ToListAsync(ct);
        var source = id.ToString(CultureInfo.InvariantCulture);
        var channels = MessageChannels.InApp | (announcement.SendEmail ? MessageChannels.Email : MessageChannels.None);
        foreach (var chunk in treated.Chunk(Chunk))
        {
            await dispatcher.EnqueueAsync(
                [.. chunk.Select(member => new OutgoingMessage
                {
                    MemberId = member,
                    Category = announcement.Category,
                    Channels = channels,
                    SourceType = MessageSources.Announcement,
                    SourceId = source,
                    IdempotencyKey = $"{MessageSources.Announcement}:{source}:{member}",
                    TitleEnglish = announcement.TitleEnglish,
                    TitleChinese = announcement.TitleChinese,
                    BodyEnglish = announcement.BodyEnglish,
                    BodyChinese = announcement.BodyChinese,
                    Link = announcement.Link,
                })],
                ct);
        }

        var now = clock.GetUtcNow();
        announcement.Status = AnnouncementStatus.Sent;
        announcement.SentAt = now;
        announcement.UpdatedAt = now;
        await db.SaveChangesAsync(ct);
        LogSent(logger, id, treated.Count, announcement.HeldOut);
        return true;
    }

    /// <summary>Evaluates the segment now and records its members, treated or held out; returns a problem code instead when it cannot be sent.</summary>
    private async Task<string?> RecordAudienceAsync(PortalDbContext db, Announcement announcement, CancellationToken ct)
    {
        var segment = announcement.SegmentId is { } segmentId ? await segments.GetAsync(segmentId, ct) : null;
        if (segment is null)
        {
            return AnnouncementProblems.SegmentRequired;
        }

        var members = await evaluator.MemberIdsAsync(segment.Definition, ct);
        if (members.Count < floor.MinGroupSize)
        {
            return AnnouncementProblems.TooFewMembers;
        }

        var key = Holdout.AnnouncementKey(announcement.Id);
        var recipients = members.Select(m => new AnnouncementRecipient { AnnouncementId = announcement.Id, MemberId = m, HeldOut = Holdout.IsHeldOut(key, m, announcement.HoldoutShare) }).ToList();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.AnnouncementRecipients.AddRange(recipients);
        announcement.Audience = recipients.Count;
        announcement.HeldOut = recipients.Count(r => r.HeldOut);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return null;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Announcement {Id} sent to {Treated} members ({HeldOut} held out)")]
    private static partial void LogSent(ILogger logger, int id, int treated, int heldOut);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Announcement {Id} went back to draft: {Problem}")]
    private static partial void LogRefused(ILogger logger, int id, string problem);
}
