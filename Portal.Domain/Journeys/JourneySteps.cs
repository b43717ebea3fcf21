using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.Domain.Activity;
using Portal.Domain.Data;
using Portal.Domain.Events;
using Portal.Domain.Notifications;

namespace Portal.Domain.Journeys;

/// <summary>
/// Moves due enrollments along their version's steps, a batch at a time. A batch is claimed with a conditional update
/// (nobody else's claim, or one whose lease ran out), walked in memory, and written back in one transaction with every
/// action it ran and its <see cref="JourneyActionRecord"/> (a unique idempotency key); the write only lands while the claim
/// is still ours (<see cref="JourneyEnrollment.ClaimToken"/> is a concurrency token). So a restart or a second node never
/// runs an action twice, and no state lives only in one node's memory.
/// </summary>
public sealed class JourneySteps(IDbContextFactory<PortalDbContext> contextFactory, IActivityBus bus, IOptions<JourneyOptions> options, TimeProvider clock)
{
    /// <summary>Where an in-app journey message leads when it names no page of its own.</summary>
    public const string MessageUrl = "/";

    /// <summary>Runs every due step of running journeys; returns how many steps ran (waits, conditions, actions, exits).</summary>
    public async Task<int> AdvanceAsync(CancellationToken cancellationToken = default)
    {
        var steps = 0;
        while (await AdvanceBatchAsync(cancellationToken) is { } batch)
        {
            steps += batch;
        }

        return steps;
    }

    /// <summary>Claims and moves one batch; null when nothing was due.</summary>
    private async Task<int?> AdvanceBatchAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var settings = options.Value;
        var token = Guid.NewGuid().ToString("N");
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var due = await db.JourneyEnrollments
            .Where(e => e.NextRunAt <= now && e.ExitedAt == null && (e.ClaimedUntil == null || e.ClaimedUntil < now)
                && db.Journeys.Any(j => j.Id == e.JourneyId && j.Status == JourneyStatus.Running))
            .OrderBy(e => e.NextRunAt)
            .Select(e => e.Id)
            .Take(settings.BatchSize)
            .ToListAsync(cancellationToken);
        if (due.Count == 0)
        {
            return null;
        }

        var leaseEnd = now + settings.ClaimLease;
        await db.JourneyEnrollments
            .Where(e => due.Contains(e.Id) && e.ExitedAt == null && (e.ClaimedUntil == null || e.ClaimedUntil < now))
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.ClaimToken, token).SetProperty(e => e.ClaimedUntil, leaseEnd), cancellationToken);
        var claimed = await db.JourneyEnrollments.Where(e => e.ClaimToken == token).ToListAsync(cancellationToken);
        if (claimed.Count == 0)
        {
            return 0; // another node took them all; look again
        }

        var batch = await JourneyBatch.LoadAsync(db, claimed, now, cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var steps = claimed.Sum(enrollment => Walk(db, batch, enrollment, now));
        foreach (var enrollment in claimed)
        {
            enrollment.ClaimToken = null;
            enrollment.ClaimedUntil = null;
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await bus.PublishNotificationsAsync(batch.Notified, now, cancellationToken);
        return steps;
    }

    /// <summary>Runs one member's due steps until a wait that ends later, or the end; returns how many ran.</summary>
    private static int Walk(PortalDbContext db, JourneyBatch batch, JourneyEnrollment enrollment, DateTimeOffset now)
    {
        var steps = batch.Definitions[(enrollment.JourneyId, enrollment.Version)].Steps;
        var facts = batch.Members.GetValueOrDefault(enrollment.MemberId) ?? new JourneyMemberFacts();
        var ran = 0;
        while (enrollment.ExitedAt is null && enrollment.NextRunAt <= now)
        {
            if (enrollment.GoalReachedAt is not null || enrollment.Step >= steps.Count)
            {
                Exit(enrollment, enrollment.GoalReachedAt is null ? JourneyExits.Completed : JourneyExits.Goal, now);
                break;
            }

            var step = steps[enrollment.Step];
            ran++;
            switch (step.Kind)
            {
                case JourneyStepKind.Wait:
                    enrollment.NextRunAt = JourneyWaits.Until(step, enrollment.NextRunAt!.Value, facts.TimeZoneId);
                    enrollment.Step++;
                    break;
                case JourneyStepKind.Condition:
                    var holds = facts.Count(step.Behaviour, enrollment.EntryDay) >= step.MinCount;
                    enrollment.Step = (holds ? step.Then : step.Else) ?? enrollment.Step + 1;
                    break;
                case JourneyStepKind.Action:
                    Act(db, batch, enrollment, step, facts, now);
                    enrollment.Step++;
                    break;
                default:
                    Exit(enrollment, JourneyExits.ExitStep, now);
                    break;
            }
        }

        return ran;
    }

    /// <summary>Runs an action once: skipped for the holdout, and never again for a key already recorded.</summary>
    private static void Act(PortalDbContext db, JourneyBatch batch, JourneyEnrollment enrollment, JourneyStep step, JourneyMemberFacts facts, DateTimeOffset now)
    {
        var key = JourneyActionRecord.KeyFor(enrollment, enrollment.Step);
        if (!batch.Done.Add(key))
        {
            return;
        }

        var outcome = enrollment.HeldOut ? JourneyActionOutcome.HeldOut : step.Action switch
        {
            JourneyActionKind.AddTag => batch.AddTag(db, enrollment.MemberId, step.Tag, now),
            JourneyActionKind.RemoveTag => batch.RemoveTag(db, enrollment.MemberId, step.Tag),
            JourneyActionKind.EventInvitation when batch.UpcomingEvent is not { } => JourneyActionOutcome.Suppressed,
            _ => Notify(db, batch, enrollment.MemberId, step, facts, now),
        };
        db.JourneyActions.Add(new JourneyActionRecord
        {
            EnrollmentId = enrollment.Id,
            JourneyId = enrollment.JourneyId,
            Version = enrollment.Version,
            Step = enrollment.Step,
            MemberId = enrollment.MemberId,
            Kind = step.Action,
            Outcome = outcome,
            At = now,
            IdempotencyKey = key,
        });
    }

    private static JourneyActionOutcome Notify(PortalDbContext db, JourneyBatch batch, string memberId, JourneyStep step, JourneyMemberFacts facts, DateTimeOffset now)
    {
        var text = facts.ReadsChinese ? step.TextZh : step.Text;
        var (subject, url) = step.Action == JourneyActionKind.EventInvitation && batch.UpcomingEvent is { } upcoming
            ? ($"{text} {upcoming.Title}", upcoming.Url)
            : (text, MessageUrl);
        batch.Notified.AddRange(NotificationWriter.Add(db, [memberId], NotificationKind.OperatorMessage, null, subject, url, now));
        return JourneyActionOutcome.Sent;
    }

    private static void Exit(JourneyEnrollment enrollment, string reason, DateTimeOffset now)
    {
        enrollment.ExitedAt = now;
        enrollment.ExitReason = reason;
        enrollment.NextRunAt = null;
    }
}
