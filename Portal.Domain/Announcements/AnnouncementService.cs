using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Portal.Domain.Accounts;
using Portal.Domain.Data;
using Portal.Domain.Engagement;
using Portal.Domain.Experiments;
using Portal.Domain.Messaging;
using Portal.Domain.Segments;

namespace Portal.Domain.Announcements;

/// <summary>
/// Operators write announcements (drafts), see what one would reach, and schedule or send them; sending is
/// <see cref="AnnouncementSender"/>'s. A broadcast to fewer members than the privacy floor is refused. Scheduling (or
/// sending now) is audited.
/// </summary>
public sealed class AnnouncementService(
    IDbContextFactory<PortalDbContext> contexts,
    SegmentService segments,
    SegmentEvaluator evaluator,
    MessageDispatcher dispatcher,
    MessageLinkPolicy links,
    PrivacyFloor floor,
    TimeProvider clock)
{
    /// <summary>A schedule this far in the past still counts as "now" (the operator's clock and the form take a moment).</summary>
    private static readonly TimeSpan ScheduleSlack = TimeSpan.FromMinutes(1);

    /// <summary>Every announcement, the latest changed first.</summary>
    public async Task<IReadOnlyList<AnnouncementRow>> ListAsync(CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var rows = await db.Announcements.AsNoTracking()
            .Select(a => new AnnouncementRow(a.Id, a.TitleEnglish, a.TitleChinese, a.SegmentName, a.Category, a.Status, a.ScheduledAt, a.SentAt, a.Audience, a.UpdatedAt))
            .ToListAsync(ct);
        return [.. rows.OrderByDescending(r => r.UpdatedAt).ThenByDescending(r => r.Id)];
    }

    public async Task<Announcement?> GetAsync(int id, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Announcements.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, ct);
    }

    public async Task<Result<Announcement>> CreateAsync(AnnouncementInput input, string operatorId, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        return await SaveAsync(new Announcement { CreatedById = operatorId, CreatedAt = now }, input, ct);
    }

    /// <summary>Changes a draft or a scheduled announcement (which stays scheduled for its time).</summary>
    public async Task<Result<Announcement>> UpdateAsync(int id, AnnouncementInput input, CancellationToken ct = default)
    {
        var announcement = await GetAsync(id, ct);
        if (announcement is null)
        {
            return new Problem(AnnouncementProblems.NotFound);
        }

        return announcement.Status is AnnouncementStatus.Draft or AnnouncementStatus.Scheduled
            ? await SaveAsync(announcement, input, ct)
            : new Problem(AnnouncementProblems.NotEditable);
    }

    /// <summary>
    /// Schedules the announcement for <paramref name="at"/> (null: now, and the caller then runs the sender). Refused when
    /// its content is incomplete, its segment is gone or holds fewer members than the privacy floor, or the time is past.
    /// </summary>
    public async Task<Result> ScheduleAsync(int id, DateTimeOffset? at, string operatorId, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        var sendAt = at ?? now;
        if (sendAt < now - ScheduleSlack)
        {
            return Result.Fail(AnnouncementProblems.ScheduleInPast, "ScheduledAt");
        }

        await using var db = await contexts.CreateDbContextAsync(ct);
        var announcement = await db.Announcements.SingleOrDefaultAsync(a => a.Id == id, ct);
        if (announcement is null)
        {
            return Result.Fail(AnnouncementProblems.NotFound);
        }

        if (announcement.Status is not (AnnouncementStatus.Draft or AnnouncementStatus.Scheduled))
        {
            return Result.Fail(AnnouncementProblems.NotEditable);
        }

        var problems = AnnouncementRules.Validate(InputOf(announcement), links);
        if (problems.Count > 0)
        {
            return Result.Fail([.. problems]);
        }

        var segment = await segments.GetAsync(announcement.SegmentId!.Value, ct);
        if (segment is null)
        {
            return Result.Fail(AnnouncementProblems.SegmentRequired, nameof(AnnouncementInput.SegmentId));
        }

        var size = await evaluator.CountAsync(segment.Definition, ct);
        if (size < floor.MinGroupSize)
        {
            return Result.Fail(AnnouncementProblems.TooFewMembers, nameof(AnnouncementInput.SegmentId), floor.MinGroupSize);
        }

        announcement.Status = AnnouncementStatus.Scheduled;
        announcement.ScheduledAt = sendAt;
        announcement.Problem = null;
        announcement.UpdatedAt = now;
        db.AuditEntries.Add(new AuditEntry
        {
            ActorId = operatorId,
            Action = AuditActions.AnnouncementScheduled,
            TargetType = "announcement",
            TargetId = id.ToString(CultureInfo.InvariantCulture),
            Detail = FormattableString.Invariant($"{segment.Name}: {size} members, at {sendAt:O}"),
            At = now,
        });
        await db.SaveChangesAsync(ct);
        return Result.Ok;
    }

    /// <summary>Takes a scheduled announcement back to draft.</summary>
    public async Task<Result> UnscheduleAsync(int id, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var now = clock.GetUtcNow();
        var changed = await db.Announcements.Where(a => a.Id == id && a.Status == AnnouncementStatus.Scheduled)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.Status, AnnouncementStatus.Draft).SetProperty(a => a.ScheduledAt, (DateTimeOffset?)null).SetProperty(a => a.UpdatedAt, now), ct);
        return changed == 1 ? Result.Ok : Result.Fail(AnnouncementProblems.NotEditable);
    }

    /// <summary>
    /// What sending to <paramref name="segmentId"/> at <paramref name="sendAt"/> would reach: the segment's size now, the
    /// holdout (exact for a saved announcement, whose key decides it; for a new one, the share of the size), and the guard
    /// rails' estimate for the treated.
    /// </summary>
    public async Task<AnnouncementReach?> ReachAsync(int? announcementId, int segmentId, MessageCategory category, bool sendEmail, DateTimeOffset sendAt, double holdoutShare, CancellationToken ct = default)
    {
        var segment = await segments.GetAsync(segmentId, ct);
        if (segment is null)
        {
            return null;
        }

        var members = await evaluator.MemberIdsAsync(segment.Definition, ct);
        var share = Math.Clamp(holdoutShare, 0, AnnouncementRules.MaxHoldoutShare);
        IReadOnlyList<string> treated = members;
        int heldOut;
        if (announcementId is { } id)
        {
            var key = Holdout.AnnouncementKey(id);
            treated = [.. members.Where(m => !Holdout.IsHeldOut(key, m, share))];
            heldOut = members.Count - treated.Count;
        }
        else
        {
            heldOut = (int)Math.Round(members.Count * share);
        }

        var channels = MessageChannels.InApp | (sendEmail ? MessageChannels.Email : MessageChannels.None);
        var estimate = await dispatcher.EstimateAsync(treated, category, channels, sendAt, ct);
        if (announcementId is null && members.Count > 0)
        {
            // A new announcement has no key yet: scale the whole segment's estimate to the treated share.
            var scale = 1 - share;
            estimate = new ReachEstimate(
                members.Count - heldOut, Scale(estimate.AfterOptOuts, scale), Scale(estimate.AfterCap, scale), Scale(estimate.WaitingForQuietHours, scale), Scale(estimate.ByEmail, scale));
        }

        return new AnnouncementReach(members.Count, heldOut, estimate, members.Count < floor.MinGroupSize);
    }

    internal static AnnouncementInput InputOf(Announcement a) =>
        new(a.SegmentId, a.TitleEnglish, a.TitleChinese, a.BodyEnglish, a.BodyChinese, a.Link, a.Category, a.SendEmail, a.HoldoutShare);

    private static int Scale(int count, double scale) => (int)Math.Round(count * scale);

    private async Task<Result<Announcement>> SaveAsync(Announcement announcement, AnnouncementInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var problems = AnnouncementRules.Validate(input, links);
        var segment = input.SegmentId is { } segmentId ? await segments.GetAsync(segmentId, ct) : null;
        if (input.SegmentId is not null && segment is null)
        {
            problems.Add(new Problem(AnnouncementProblems.SegmentRequired, nameof(AnnouncementInput.SegmentId)));
        }

        if (problems.Count > 0)
        {
            return Result.Fail([.. problems]).As<Announcement>();
        }

        announcement.SegmentId = segment!.Id;
        announcement.SegmentName = segment.Name;
        announcement.TitleEnglish = input.TitleEnglish!.Trim();
        announcement.TitleChinese = input.TitleChinese!.Trim();
        announcement.BodyEnglish = input.BodyEnglish!.Trim();
        announcement.BodyChinese = input.BodyChinese!.Trim();
        announcement.Link = string.IsNullOrWhiteSpace(input.Link) ? null : input.Link.Trim();
        announcement.Category = input.Category;
        announcement.SendEmail = input.SendEmail;
        announcement.HoldoutShare = input.HoldoutShare;
        announcement.UpdatedAt = clock.GetUtcNow();

        await using var db = await contexts.CreateDbContextAsync(ct);
        if (announcement.Id == 0)
        {
            db.Announcements.Add(announcement);
        }
        else
        {
            db.Announcements.Update(announcement);
        }

        await db.SaveChangesAsync(ct);
        return Result.Success(announcement);
    }
}
