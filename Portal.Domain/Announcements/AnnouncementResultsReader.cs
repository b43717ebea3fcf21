using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Portal.Domain.Data;
using Portal.Domain.Engagement;
using Portal.Domain.Experiments;
using Portal.Domain.Messaging;

namespace Portal.Domain.Announcements;

/// <summary>
/// Reads an announcement's results in three aggregate queries: the audience by group, the send log by status and reason,
/// and who came back by group (<c>EngagementMemberDays</c> on the 7 local days after the send day, through its primary key
/// by member and day). Never the raw engagement events.
/// </summary>
public sealed class AnnouncementResultsReader(IDbContextFactory<PortalDbContext> contexts, EngagementCalendar calendar, PrivacyFloor floor, TimeProvider clock)
{
    /// <summary>Days after the send day a member counts as having come back.</summary>
    public const int ReturnDays = 7;

    public async Task<AnnouncementResults?> ReadAsync(int id, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var announcement = await db.Announcements.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, ct);
        if (announcement is null)
        {
            return null;
        }

        var source = id.ToString(CultureInfo.InvariantCulture);
        var log = await db.MessageDeliveries.AsNoTracking()
            .Where(d => d.SourceType == MessageSources.Announcement && d.SourceId == source)
            .GroupBy(d => new { d.Status, d.Reason })
            .Select(g => new
            {
                g.Key.Status,
                g.Key.Reason,
                Count = g.Count(),
                Opened = g.Count(d => d.OpenedAt != null),
                Clicked = g.Count(d => d.ClickedAt != null),
                Emailed = g.Count(d => d.EmailSentAt != null && d.EmailError == null),
            })
            .ToListAsync(ct);
        var delivered = log.Where(l => l.Status == DeliveryStatus.Delivered).ToList();
        var suppressed = log.Where(l => l.Status == DeliveryStatus.Suppressed && l.Reason is not null)
            .GroupBy(l => l.Reason!.Value)
            .ToDictionary(g => g.Key, g => Floor(g.Sum(l => l.Count)));

        var groups = await db.AnnouncementRecipients.AsNoTracking()
            .Where(r => r.AnnouncementId == id)
            .GroupBy(r => r.HeldOut)
            .Select(g => new { HeldOut = g.Key, Members = g.Count() })
            .ToListAsync(ct);
        var (cameBack, complete) = await CameBackAsync(db, announcement, ct);

        var treatedN = groups.Where(g => !g.HeldOut).Sum(g => g.Members);
        var holdoutN = groups.Where(g => g.HeldOut).Sum(g => g.Members);
        var treatedBack = cameBack.GetValueOrDefault(false);
        var holdoutBack = cameBack.GetValueOrDefault(true);
        var shown = new[] { treatedN, holdoutN, treatedBack, holdoutBack }.All(n => floor.Shows(n));
        return new AnnouncementResults(
            announcement,
            Floor(delivered.Sum(l => l.Count)),
            Floor(delivered.Sum(l => l.Opened)),
            Floor(delivered.Sum(l => l.Clicked)),
            Floor(delivered.Sum(l => l.Emailed)),
            Floor(log.Where(l => l.Status == DeliveryStatus.Pending).Sum(l => l.Count)),
            suppressed,
            new AnnouncementGroup(Floor(treatedN), Floor(treatedBack)),
            new AnnouncementGroup(Floor(holdoutN), Floor(holdoutBack)),
            announcement.SentAt is not null && shown ? ProportionComparison.Compare(treatedN, treatedBack, holdoutN, holdoutBack) : null,
            complete);
    }

    /// <summary>Members per group active on any local day of the window after the send day, and whether the window has ended.</summary>
    private async Task<(Dictionary<bool, int> CameBack, bool Complete)> CameBackAsync(PortalDbContext db, Announcement announcement, CancellationToken ct)
    {
        if (announcement.SentAt is not { } sentAt)
        {
            return ([], false);
        }

        var sendDay = calendar.DayOf(sentAt);
        var lastDay = sendDay + ReturnDays;
        var counts = await db.AnnouncementRecipients.AsNoTracking()
            .Where(r => r.AnnouncementId == announcement.Id
                && db.EngagementMemberDays.Any(d => d.MemberId == r.MemberId && d.Day > sendDay && d.Day <= lastDay))
            .GroupBy(r => r.HeldOut)
            .Select(g => new { HeldOut = g.Key, Members = g.Count() })
            .ToDictionaryAsync(g => g.HeldOut, g => g.Members, ct);
        return (counts, calendar.DayOf(clock.GetUtcNow()) > lastDay);
    }

    private int? Floor(int members) => floor.Shows(members) ? members : null;
}
