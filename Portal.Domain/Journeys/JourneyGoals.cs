using Microsoft.EntityFrameworkCore;
using Portal.Domain.Data;
using Portal.Domain.Engagement;

namespace Portal.Domain.Journeys;

/// <summary>
/// Marks the members who reached their journey version's goal within its days (treated and holdout alike: the
/// comparison needs both), and ends the journey for those still in it.
/// </summary>
public sealed class JourneyGoals(IDbContextFactory<PortalDbContext> contextFactory, EngagementCalendar calendar, TimeProvider clock)
{
    /// <summary>One pass over the enrollments whose goal window is still open; returns how many reached the goal.</summary>
    public async Task<int> CheckAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var today = calendar.DayOf(now);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var versions = (await db.JourneyVersions.AsNoTracking()
                .Where(v => v.FrozenAt != null && db.Journeys.Any(j => j.Id == v.JourneyId && j.Status != JourneyStatus.Draft))
                .Select(v => new { v.JourneyId, v.Version, v.Definition })
                .ToListAsync(cancellationToken))
            .Select(v => (v.JourneyId, v.Version, Goal: JourneyDefinition.FromJson(v.Definition).Goal))
            .ToList();
        var reached = 0;
        foreach (var (journeyId, version, goal) in versions)
        {
            var open = db.JourneyEnrollments.Where(e => e.JourneyId == journeyId && e.Version == version && e.GoalReachedAt == null && e.EntryDay >= today - goal.Days - 1);
            var hits = goal.Kind == JourneyGoalKind.ActiveAgain
                ? await ActiveAgainAsync(db, open, goal.Days, cancellationToken)
                : await SignedUpAsync(db, open, goal.Days, cancellationToken);
            var due = hits.Where(h => h.At <= now).ToDictionary(h => h.Id, h => h.At);
            var ids = due.Keys.ToList();
            foreach (var enrollment in await db.JourneyEnrollments.Where(e => ids.Contains(e.Id)).ToListAsync(cancellationToken))
            {
                enrollment.GoalReachedAt = due[enrollment.Id];
                if (enrollment.ExitedAt is null && enrollment.ClaimToken is null)
                {
                    enrollment.ExitedAt = now;
                    enrollment.ExitReason = JourneyExits.Goal;
                    enrollment.NextRunAt = null;
                }
            }

            // ClaimToken is a concurrency token: a row a node claimed meanwhile fails this save, and the next pass retries.
            await db.SaveChangesAsync(cancellationToken);
            reached += due.Count;
        }

        return reached;
    }

    /// <summary>Active on a later local day within the goal's days: reached at the start of that day.</summary>
    private async Task<List<(long Id, DateTimeOffset At)>> ActiveAgainAsync(PortalDbContext db, IQueryable<JourneyEnrollment> open, int days, CancellationToken cancellationToken) =>
        (await open
            .Select(e => new
            {
                e.Id,
                Day = db.EngagementMemberDays.Where(d => d.MemberId == e.MemberId && d.Day > e.EntryDay && d.Day <= e.EntryDay + days).Min(d => (int?)d.Day),
            })
            .Where(x => x.Day != null)
            .ToListAsync(cancellationToken))
        .Select(x => (x.Id, calendar.StartOf(x.Day!.Value)))
        .ToList();

    /// <summary>Signed up for an event after entering and within the goal's days: reached at the sign-up.</summary>
    private static async Task<List<(long Id, DateTimeOffset At)>> SignedUpAsync(PortalDbContext db, IQueryable<JourneyEnrollment> open, int days, CancellationToken cancellationToken) =>
        (await open
            .Select(e => new
            {
                e.Id,
                e.EnteredAt,
                At = db.EventSignups.Where(s => s.MemberId == e.MemberId && s.SignedUpAt > e.EnteredAt).OrderBy(s => s.SignedUpAt).Select(s => (DateTimeOffset?)s.SignedUpAt).FirstOrDefault(),
            })
            .Where(x => x.At != null)
            .ToListAsync(cancellationToken))
        .Where(x => x.At!.Value <= x.EnteredAt.AddDays(days))
        .Select(x => (x.Id, x.At!.Value))
        .ToList();
}
