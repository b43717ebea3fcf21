using Microsoft.EntityFrameworkCore;
using Portal.Domain.Data;
using Portal.Domain.Engagement;
using Portal.Domain.Experiments;
using Portal.Domain.Segments;

namespace Portal.Domain.Journeys;

/// <summary>
/// Finds who a running journey's trigger brings in, by polling the source tables after the journey's watermark (or
/// diffing a stage's members against the last poll), and enrols them under the re-entry policy, holdout drawn per member.
/// </summary>
public sealed class JourneyEntrants(IDbContextFactory<PortalDbContext> contextFactory, SegmentEvaluator segments, EngagementCalendar calendar, TimeProvider clock)
{
    /// <summary>One pass over every running journey; returns how many members entered.</summary>
    public async Task<int> EnrolAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var running = await db.Journeys.AsNoTracking().Where(j => j.Status == JourneyStatus.Running).Select(j => j.Id).ToListAsync(cancellationToken);
        var entered = 0;
        foreach (var id in running)
        {
            entered += await EnrolAsync(id, cancellationToken);
        }

        return entered;
    }

    /// <summary>
    /// Takes the members the journey's trigger brought in since its watermark. The new enrollments, the trigger set and
    /// the watermark move in one transaction, and the watermark only if no other node moved it first (a conditional
    /// update), so a restart misses nobody and two nodes never enrol the same entrant. (With PostgreSQL, an advisory lock
    /// per journey here would spare the losing node its wasted reads.)
    /// </summary>
    public async Task<int> EnrolAsync(int journeyId, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var journey = await db.Journeys.AsNoTracking().SingleAsync(j => j.Id == journeyId, cancellationToken);
        if (journey.Status != JourneyStatus.Running)
        {
            return 0;
        }

        var definition = await DefinitionAsync(db, journey.Id, journey.CurrentVersion, cancellationToken);
        var from = journey.Watermark ?? now;
        var candidates = definition.Trigger.IsMembership
            ? await MembershipChangesAsync(db, journey.Id, definition.Trigger, cancellationToken)
            : await SinceAsync(db, definition.Trigger, from, now, cancellationToken);
        var moved = await db.Journeys
            .Where(j => j.Id == journey.Id && j.Watermark == journey.Watermark)
            .ExecuteUpdateAsync(s => s.SetProperty(j => j.Watermark, now), cancellationToken);
        if (moved == 0)
        {
            return 0; // another node took this poll; the transaction rolls back
        }

        var admitted = await AdmitAsync(db, journey, candidates, now, cancellationToken);
        var key = Holdout.JourneyKey(journey.Id);
        var day = calendar.DayOf(now);
        db.JourneyEnrollments.AddRange(admitted.Select(member => new JourneyEnrollment
        {
            JourneyId = journey.Id,
            Version = journey.CurrentVersion,
            MemberId = member,
            Step = 0,
            NextRunAt = now,
            EnteredAt = now,
            EntryDay = day,
            HeldOut = Holdout.IsHeldOut(key, member, journey.HoldoutShare),
        }));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return admitted.Count;
    }

    /// <summary>
    /// Records who is in a membership trigger's set now without enrolling them: a journey that starts (or resumes, or
    /// changes its trigger) takes those who enter from then on, not everyone already there.
    /// </summary>
    internal async Task BaselineAsync(PortalDbContext db, int journeyId, JourneyTrigger trigger, CancellationToken cancellationToken)
    {
        await db.JourneyTriggerMembers.Where(m => m.JourneyId == journeyId).ExecuteDeleteAsync(cancellationToken);
        if (trigger.IsMembership)
        {
            var members = await MembersOfAsync(db, trigger, cancellationToken);
            db.JourneyTriggerMembers.AddRange(members.Select(m => new JourneyTriggerMember { JourneyId = journeyId, MemberId = m }));
        }
    }

    internal static async Task<JourneyDefinition> DefinitionAsync(PortalDbContext db, int journeyId, int version, CancellationToken cancellationToken) =>
        JourneyDefinition.FromJson(await db.JourneyVersions.Where(v => v.JourneyId == journeyId && v.Version == version).Select(v => v.Definition).SingleAsync(cancellationToken));

    /// <summary>Who is in the trigger's set now: the members at the stage, or in the saved segment (none if it was deleted).</summary>
    private async Task<IReadOnlyCollection<string>> MembersOfAsync(PortalDbContext db, JourneyTrigger trigger, CancellationToken cancellationToken)
    {
        if (trigger.Kind == JourneyTriggerKind.EnteredStage)
        {
            return await db.EngagementProfiles.Where(p => p.Stage == trigger.Stage).Select(p => p.MemberId).ToListAsync(cancellationToken);
        }

        var segment = await db.Segments.AsNoTracking().Where(s => s.Id == trigger.SegmentId).Select(s => s.Definition).SingleOrDefaultAsync(cancellationToken);
        return segment is null ? [] : await segments.MemberIdsAsync(segment, cancellationToken);
    }

    /// <summary>Members in the set now and not at the last poll; the stored set becomes the current one.</summary>
    private async Task<IReadOnlyCollection<string>> MembershipChangesAsync(PortalDbContext db, int journeyId, JourneyTrigger trigger, CancellationToken cancellationToken)
    {
        var now = (await MembersOfAsync(db, trigger, cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var before = (await db.JourneyTriggerMembers.Where(m => m.JourneyId == journeyId).Select(m => m.MemberId).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var left = before.Where(m => !now.Contains(m)).ToList();
        var entered = now.Where(m => !before.Contains(m)).ToList();
        await db.JourneyTriggerMembers.Where(m => m.JourneyId == journeyId && left.Contains(m.MemberId)).ExecuteDeleteAsync(cancellationToken);
        db.JourneyTriggerMembers.AddRange(entered.Select(m => new JourneyTriggerMember { JourneyId = journeyId, MemberId = m }));
        return entered;
    }

    /// <summary>Members whose trigger row falls after <paramref name="from"/> and at or before <paramref name="to"/>.</summary>
    private static async Task<IReadOnlyCollection<string>> SinceAsync(PortalDbContext db, JourneyTrigger trigger, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        var quiet = TimeSpan.FromDays(trigger.Days);
        var query = trigger.Kind switch
        {
            JourneyTriggerKind.Joined => db.Users.Where(u => u.JoinedAt > from && u.JoinedAt <= to).Select(u => u.Id),
            JourneyTriggerKind.CarAdded => db.Vehicles.Where(v => v.AddedAt > from && v.AddedAt <= to).Select(v => v.OwnerId),
            JourneyTriggerKind.CarVerified => db.Vehicles.Where(v => v.VerifiedAt > from && v.VerifiedAt <= to).Select(v => v.OwnerId),
            JourneyTriggerKind.AttendedEvent => db.EventSignups.Where(s => s.CheckedInAt > from && s.CheckedInAt <= to).Select(s => s.MemberId),

            // Went quiet: the last activity (or joining, for someone never active) crossed the N-day line since the last poll.
            JourneyTriggerKind.Inactive => db.EngagementProfiles
                .Where(p => (p.LastActiveAt ?? p.JoinedAt) > from - quiet && (p.LastActiveAt ?? p.JoinedAt) <= to - quiet)
                .Select(p => p.MemberId),
            _ => throw new InvalidOperationException($"Trigger {trigger.Kind} is not polled after a watermark."),
        };
        return await query.Distinct().ToListAsync(cancellationToken);
    }

    /// <summary>The candidates the re-entry policy lets in: never in the journey, or (when it allows re-entry) out of it and last in long enough ago.</summary>
    private static async Task<IReadOnlyList<string>> AdmitAsync(PortalDbContext db, Journey journey, IReadOnlyCollection<string> candidates, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (candidates.Count == 0)
        {
            return [];
        }

        var previous = (await db.JourneyEnrollments.AsNoTracking()
                .Where(e => e.JourneyId == journey.Id)
                .Select(e => new { e.MemberId, e.EnteredAt, e.ExitedAt })
                .ToListAsync(cancellationToken))
            .ToLookup(e => e.MemberId, StringComparer.Ordinal);
        return [.. candidates.Where(member => !previous.Contains(member) || (journey.ReentryDays is { } days
            && previous[member].All(e => e.ExitedAt is not null && now - e.EnteredAt >= TimeSpan.FromDays(days))))];
    }
}
