using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Portal.Domain.Accounts;
using Portal.Domain.Data;
using Portal.Domain.Engagement;
using Portal.Domain.Experiments;
using Portal.Domain.Messaging;
using Portal.Domain.Notifications;
using Portal.Domain.Seeding;
using Portal.Domain.Segments;

namespace Portal.Domain.Announcements;

/// <summary>
/// A past announcement with results on first run: three weeks ago an operator sent "Winter charging clinic" to the largest
/// saved demo segment of 10 or more members with the most members back in the week after (or, when there is none, a segment
/// of active and at-risk members it saves), with
/// the usual 10% holdout. Deliveries follow the guard rails (members without consent are logged as suppressed); who opened
/// and clicked is drawn among the treated members the demo history shows active in the week after, so the opens and the
/// "came back" numbers (read from that same history) agree. Written straight to the tables in one transaction (fast), and
/// only into a database with no announcement yet.
/// </summary>
internal sealed class AnnouncementsSeedStep(SegmentService segments, SegmentEvaluator evaluator, EngagementCalendar calendar) : IDemoSeedStep
{
    public const string DemoSegmentName = "Active and at-risk members";
    private const int DaysAgo = 21;
    private const int MinimumAudience = 10;

    public int Order => 600;

    public bool AfterCommit => true;

    public async Task SeedAsync(DemoSeedContext context, CancellationToken cancellationToken)
    {
        var db = context.Db;
        if (await db.Announcements.AnyAsync(cancellationToken))
        {
            return;
        }

        var operatorId = await db.Users.Where(u => u.Email == DemoAccounts.OperatorEmail).Select(u => u.Id).SingleAsync(cancellationToken);
        var sendDay = calendar.DayOf(context.Now) - DaysAgo;
        var (segment, members) = await SegmentAsync(db, operatorId, sendDay, cancellationToken);
        var sentAt = calendar.StartOf(sendDay).AddHours(10);
        var announcement = new Announcement
        {
            SegmentId = segment.Id,
            SegmentName = segment.Name,
            TitleEnglish = "Winter charging clinic this Saturday",
            TitleChinese = "本周六冬季充电讲堂",
            BodyEnglish = "Cold mornings cost range. Our engineers show how to **precondition the battery**, plan charging stops and read the range estimate in winter.\n\n- Saturday 10:00 to 12:00\n- Coffee and questions afterwards\n\n[See the events](/events)",
            BodyChinese = "寒冷的早晨会影响续航。我们的工程师将演示如何**预热电池**、规划充电站点，以及在冬季读懂续航估算。\n\n- 周六 10:00 至 12:00\n- 之后有咖啡和答疑\n\n[查看活动](/events)",
            Link = "/events",
            Category = MessageCategory.Events,
            HoldoutShare = Holdout.DefaultShare,
            Status = AnnouncementStatus.Sent,
            ScheduledAt = sentAt,
            SentAt = sentAt,
            CreatedById = operatorId,
            CreatedAt = sentAt.AddHours(-2),
            UpdatedAt = sentAt,
        };
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Announcements.Add(announcement);
        await db.SaveChangesAsync(cancellationToken);

        var key = Holdout.AnnouncementKey(announcement.Id);
        var recipients = members.Select(m => new AnnouncementRecipient { AnnouncementId = announcement.Id, MemberId = m, HeldOut = Holdout.IsHeldOut(key, m, announcement.HoldoutShare) }).ToList();
        db.AnnouncementRecipients.AddRange(recipients);
        announcement.Audience = recipients.Count;
        announcement.HeldOut = recipients.Count(r => r.HeldOut);
        var treated = recipients.Where(r => !r.HeldOut).Select(r => r.MemberId).ToList();
        await DeliverAsync(context, announcement, treated, cancellationToken);
        db.AuditEntries.Add(new AuditEntry
        {
            ActorId = operatorId,
            Action = AuditActions.AnnouncementScheduled,
            TargetType = "announcement",
            TargetId = announcement.Id.ToString(CultureInfo.InvariantCulture),
            Detail = FormattableString.Invariant($"{segment.Name}: {members.Count} members, at {sentAt:O}"),
            At = announcement.CreatedAt,
        });
        db.ChangeTracker.DetectChanges(); // the seeder turns automatic detection off
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>
    /// Of the saved segments with enough members, the one with the most members active in the week after the send (so the
    /// demo has opens and returns to show), or the demo's own one when none has enough.
    /// </summary>
    private async Task<(Segment Segment, IReadOnlyList<string> Members)> SegmentAsync(PortalDbContext db, string operatorId, int sendDay, CancellationToken cancellationToken)
    {
        (Segment Segment, IReadOnlyList<string> Members, int Active)? best = null;
        foreach (var saved in await segments.ListAsync(cancellationToken))
        {
            var members = await evaluator.MemberIdsAsync(saved.Definition, cancellationToken);
            if (members.Count < MinimumAudience)
            {
                continue;
            }

            var active = await db.EngagementMemberDays
                .Where(d => members.Contains(d.MemberId) && d.Day > sendDay && d.Day <= sendDay + AnnouncementResultsReader.ReturnDays)
                .Select(d => d.MemberId).Distinct().CountAsync(cancellationToken);
            if (best is null || active > best.Value.Active)
            {
                best = (saved, members, active);
            }
        }

        if (best is { } found)
        {
            return (found.Segment, found.Members);
        }

        var definition = new SegmentDefinition(new SegmentGroup(SegmentMatch.Any, [new StageCondition(LifecycleStage.Active), new StageCondition(LifecycleStage.AtRisk)]));
        var created = await segments.CreateAsync(new SegmentInput(DemoSegmentName, "Everyone active in the last month or drifting away.", definition), operatorId, cancellationToken);
        var segment = created.Value ?? throw new InvalidOperationException("The demo segment could not be saved: " + string.Join(", ", created.Problems.Select(p => p.Code)));
        return (segment, await evaluator.MemberIdsAsync(definition, cancellationToken));
    }

    private async Task DeliverAsync(DemoSeedContext context, Announcement announcement, List<string> treated, CancellationToken cancellationToken)
    {
        var db = context.Db;
        var sentAt = announcement.SentAt!.Value;
        var message = new OutgoingMessage
        {
            MemberId = "", Category = announcement.Category, Channels = MessageChannels.InApp, SourceType = MessageSources.Announcement,
            SourceId = "", IdempotencyKey = "", TitleEnglish = announcement.TitleEnglish, TitleChinese = announcement.TitleChinese,
            BodyEnglish = announcement.BodyEnglish, BodyChinese = announcement.BodyChinese, Link = announcement.Link,
        };
        var contentId = (await MessageContents.FindOrAddAsync(db, [message], cancellationToken))[0];
        var facts = await db.Users.Where(u => treated.Contains(u.Id)).Select(u => new { u.Id, u.MarketingConsentAt, u.PreferredCulture }).ToDictionaryAsync(u => u.Id, cancellationToken);
        var sendDay = calendar.DayOf(sentAt);
        var lastDay = sendDay + AnnouncementResultsReader.ReturnDays;
        var active = (await db.EngagementMemberDays.Where(d => treated.Contains(d.MemberId) && d.Day > sendDay && d.Day <= lastDay)
            .Select(d => new { d.MemberId, d.Day }).ToListAsync(cancellationToken))
            .GroupBy(d => d.MemberId).ToDictionary(g => g.Key, g => g.Min(d => d.Day), StringComparer.Ordinal);
        var random = new Random(DemoSeedContext.RandomSeed + 13);
        var source = announcement.Id.ToString(CultureInfo.InvariantCulture);
        foreach (var memberId in treated)
        {
            var member = facts[memberId];
            var delivery = new MessageDelivery
            {
                MemberId = memberId, SourceType = MessageSources.Announcement, SourceId = source, Category = announcement.Category,
                Channels = MessageChannels.InApp, IdempotencyKey = $"{MessageSources.Announcement}:{source}:{memberId}", ContentId = contentId,
                CreatedAt = sentAt, DueAt = sentAt,
            };
            db.MessageDeliveries.Add(delivery);
            if (member.MarketingConsentAt is null)
            {
                delivery.Status = DeliveryStatus.Suppressed;
                delivery.Reason = SuppressionReason.NoConsent;
                continue;
            }

            // Most members active in the week after read it on their first day back; a third of those followed the link.
            DateTimeOffset? opened = active.TryGetValue(memberId, out var day) && random.NextDouble() < 0.7
                ? calendar.StartOf(day).AddHours(9 + random.Next(0, 12))
                : null;
            delivery.Status = DeliveryStatus.Delivered;
            delivery.DeliveredAt = sentAt;
            delivery.OpenedAt = opened;
            delivery.ClickedAt = opened is { } at && random.Next(3) == 0 ? at.AddMinutes(2) : null;
            delivery.Notification = new Notification
            {
                RecipientId = memberId, Kind = NotificationKind.Message, Subject = MessageLanguage.IsChinese(member.PreferredCulture) ? announcement.TitleChinese : announcement.TitleEnglish,
                Url = "", At = sentAt, ReadAt = opened,
            };
        }

        db.ChangeTracker.DetectChanges();
        await db.SaveChangesAsync(cancellationToken);
        foreach (var delivery in db.ChangeTracker.Entries<MessageDelivery>().Select(e => e.Entity).Where(d => d.Notification is not null))
        {
            delivery.Notification!.Url = MessagingUrls.Message(delivery.Id);
        }
    }
}
