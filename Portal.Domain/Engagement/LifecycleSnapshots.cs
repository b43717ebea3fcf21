using Microsoft.EntityFrameworkCore;
using Portal.Domain.Data;

namespace Portal.Domain.Engagement;

/// <summary>
/// The weekly lifecycle counts (<see cref="EngagementLifecycleWeek"/>): every member's stage on a day, from their join date
/// and their last active day up to it, overall and per model, region and verified status. Also keeps every profile's
/// segment in line with the member's account and garage, and today's stage on the profile.
/// </summary>
internal sealed class LifecycleSnapshots(PortalDbContext db, MemberSegments segments, EngagementCalendar calendar, Lifecycle lifecycle, TimeProvider clock)
{
    public async Task TakeAsync(int day, CancellationToken cancellationToken)
    {
        var profiles = await SyncProfilesAsync(cancellationToken);

        // Activity longer ago than the dormant threshold changes nobody's stage (they are dormant either way), so only
        // that window is read: a snapshot costs the same in a year's history as in a month's.
        var since = day - lifecycle.DormantDays;
        var lastActive = (await db.EngagementActiveDays.AsNoTracking()
                .Where(a => a.IsMember && a.Day > since && a.Day <= day)
                .GroupBy(a => a.Actor)
                .Select(g => new { g.Key, Last = g.Max(a => a.Day) })
                .ToListAsync(cancellationToken))
            .ToDictionary(a => a.Key[2..], a => a.Last, StringComparer.Ordinal);
        var today = calendar.DayOf(clock.GetUtcNow());
        var counts = new Dictionary<(string Dimension, string Value, LifecycleStage Stage), int>();
        foreach (var profile in profiles)
        {
            var joined = calendar.DayOf(profile.JoinedAt);
            if (joined > day)
            {
                continue;
            }

            var stage = lifecycle.StageOn(day, joined, lastActive.TryGetValue(profile.MemberId, out var last) ? last : null);
            if (day >= today && profile.Stage != stage)
            {
                Track(profile);
                profile.Stage = stage;
            }

            foreach (var (dimension, value) in EngagementAggregation.ProfileDimensions(profile.Models, profile.Verified, profile.Region))
            {
                var key = (dimension, value, stage);
                counts[key] = counts.GetValueOrDefault(key) + 1;
            }
        }

        var week = EngagementCalendar.WeekOf(day);
        await db.EngagementLifecycleWeeks.Where(l => l.Week == week).ExecuteDeleteAsync(cancellationToken);
        db.EngagementLifecycleWeeks.AddRange(counts.Select(c => new EngagementLifecycleWeek
        {
            Week = week, Dimension = c.Key.Dimension, Value = c.Key.Value, Stage = c.Key.Stage, Members = c.Value,
        }));
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }

    /// <summary>
    /// A profile for every member (members who never did anything included), with their segment as it is now. Profiles
    /// are read untracked and only those that change are tracked, so a snapshot of many members saves only what moved.
    /// </summary>
    private async Task<List<EngagementProfile>> SyncProfilesAsync(CancellationToken cancellationToken)
    {
        var members = await segments.CurrentAsync(memberIds: null, cancellationToken);
        var profiles = await db.EngagementProfiles.AsNoTracking().ToDictionaryAsync(p => p.MemberId, cancellationToken);
        foreach (var (id, segment) in members)
        {
            if (!profiles.TryGetValue(id, out var profile))
            {
                profile = new EngagementProfile { MemberId = id };
                db.EngagementProfiles.Add(profile);
                profiles.Add(id, profile);
            }

            var joinWeek = EngagementCalendar.WeekOf(calendar.DayOf(segment.JoinedAt));
            if (profile.JoinedAt != segment.JoinedAt || profile.JoinWeek != joinWeek || profile.Models != segment.Models
                || profile.Verified != segment.Verified || profile.Region != segment.Region)
            {
                Track(profile);
                profile.JoinedAt = segment.JoinedAt;
                profile.JoinWeek = joinWeek;
                profile.Models = segment.Models;
                profile.Verified = segment.Verified;
                profile.Region = segment.Region;
            }
        }

        var gone = profiles.Keys.Where(id => !members.ContainsKey(id)).ToList();
        db.EngagementProfiles.RemoveRange(gone.Select(id => profiles[id]));
        return [.. profiles.Values.Where(p => members.ContainsKey(p.MemberId))];
    }

    private void Track(EngagementProfile profile)
    {
        if (db.Entry(profile).State == EntityState.Detached)
        {
            db.EngagementProfiles.Attach(profile);
        }
    }
}
