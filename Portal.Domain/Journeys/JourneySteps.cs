using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.Domain.Data;
using Portal.Domain.Messaging;
using Portal.Domain.Segments;

namespace Portal.Domain.Journeys;

/// <summary>
/// Moves due enrollments along their version's steps, a batch at a time. A batch is claimed with a conditional update
/// (nobody else's claim, or one whose lease ran out) and walked in memory; its messages go to the
/// <see cref="MessageDispatcher"/> (guard rails, send log, delivery) under each action's idempotency key, and then the
/// members' new places, their tag changes and a <see cref="JourneyActionRecord"/> per action (a unique key too) are
/// written in one save that only lands while the claim is still ours (<see cref="JourneyEnrollment.ClaimToken"/> is a
/// concurrency token). A crash between the two leaves the members where they were: the next run walks them again and the
/// dispatcher answers their messages as duplicates, so no action ever runs twice and no state lives in one node's memory.
/// </summary>
public sealed class JourneySteps(
    IDbContextFactory<PortalDbContext> contextFactory,
    MessageDispatcher dispatcher,
    SegmentEvaluator segments,
    IOptions<JourneyOptions> options,
    TimeProvider clock)
{
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

        // Here a node takes its batch; with several nodes this conditional update is the lock (no distributed lock needed).
        var leaseEnd = now + settings.ClaimLease;
        await db.JourneyEnrollments
            .Where(e => due.Contains(e.Id) && e.ExitedAt == null && (e.ClaimedUntil == null || e.ClaimedUntil < now))
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.ClaimToken, token).SetProperty(e => e.ClaimedUntil, leaseEnd), cancellationToken);
        var claimed = await db.JourneyEnrollments.Where(e => e.ClaimToken == token).ToListAsync(cancellationToken);
        if (claimed.Count == 0)
        {
            return 0; // another node took them all; look again
        }

        var batch = await JourneyBatch.LoadAsync(db, segments, claimed, now, cancellationToken);
        var steps = claimed.Sum(enrollment => Walk(db, batch, enrollment, now));
        await DispatchAsync(batch, cancellationToken);
        foreach (var enrollment in claimed)
        {
            enrollment.ClaimToken = null;
            enrollment.ClaimedUntil = null;
        }

        await db.SaveChangesAsync(cancellationToken);
        return steps;
    }

    /// <summary>Hands the batch's messages to the dispatcher; an action the guard rails refused is recorded as suppressed.</summary>
    private async Task DispatchAsync(JourneyBatch batch, CancellationToken cancellationToken)
    {
        if (batch.Messages.Count == 0)
        {
            return;
        }

        var outcomes = await dispatcher.EnqueueAsync([.. batch.Messages.Select(m => m.Message)], cancellationToken);
        for (var i = 0; i < outcomes.Count; i++)
        {
            // A duplicate is this very action, queued by a run that crashed before it could record it.
            var outcome = outcomes[i];
            batch.Messages[i].Record.Outcome = outcome.Status == DispatchStatus.Queued || outcome.Reason == SuppressionReason.Duplicate
                ? JourneyActionOutcome.Sent
                : JourneyActionOutcome.Suppressed;
        }
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
                    var holds = step.Condition == JourneyConditionKind.Segment
                        ? batch.InSegment(step.SegmentId, enrollment.MemberId)
                        : facts.Count(step.Behaviour, enrollment.EntryDay) >= step.MinCount;
                    enrollment.Step = (holds ? step.Then : step.Else) ?? enrollment.Step + 1;
                    break;
                case JourneyStepKind.Action:
                    Act(db, batch, enrollment, step, now);
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
    private static void Act(PortalDbContext db, JourneyBatch batch, JourneyEnrollment enrollment, JourneyStep step, DateTimeOffset now)
    {
        var key = JourneyActionRecord.KeyFor(enrollment, enrollment.Step);
        if (!batch.Done.Add(key))
        {
            return;
        }

        var record = new JourneyActionRecord
        {
            EnrollmentId = enrollment.Id,
            JourneyId = enrollment.JourneyId,
            Version = enrollment.Version,
            Step = enrollment.Step,
            MemberId = enrollment.MemberId,
            Kind = step.Action,
            At = now,
            IdempotencyKey = key,
        };
        db.JourneyActions.Add(record);
        record.Outcome = enrollment.HeldOut ? JourneyActionOutcome.HeldOut : step.Action switch
        {
            JourneyActionKind.AddTag => batch.AddTag(db, enrollment.MemberId, step.Tag, now),
            JourneyActionKind.RemoveTag => batch.RemoveTag(db, enrollment.MemberId, step.Tag),
            JourneyActionKind.EventInvitation when batch.UpcomingEvent is null => JourneyActionOutcome.Suppressed,
            _ => Message(batch, record, enrollment, step),
        };
    }

    /// <summary>Queues the message for the dispatcher; its outcome is settled when the batch is dispatched.</summary>
    private static JourneyActionOutcome Message(JourneyBatch batch, JourneyActionRecord record, JourneyEnrollment enrollment, JourneyStep step)
    {
        var invitation = step.Action == JourneyActionKind.EventInvitation ? batch.UpcomingEvent : null;
        var english = invitation is { } e ? $"{step.Text} {e.Title}" : step.Text;
        var chinese = invitation is { } z ? $"{step.TextZh}{z.Title}" : step.TextZh;
        batch.Messages.Add((record, new OutgoingMessage
        {
            MemberId = enrollment.MemberId,
            Category = invitation is null ? MessageCategory.Community : MessageCategory.Events,
            Channels = step.Action == JourneyActionKind.Email ? MessageChannels.Email : MessageChannels.InApp,
            SourceType = MessageSources.Journey,
            SourceId = enrollment.JourneyId.ToString(CultureInfo.InvariantCulture),
            IdempotencyKey = record.IdempotencyKey,
            TitleEnglish = Title(english),
            TitleChinese = Title(chinese),
            BodyEnglish = english,
            BodyChinese = chinese,
            Link = invitation?.Url,
        }));
        return JourneyActionOutcome.Sent;
    }

    /// <summary>A message's title: its text (and the event's title), cut to the longest title a message may have.</summary>
    private static string Title(string text) => text.Length > MessageContent.TitleMaxLength ? text[..MessageContent.TitleMaxLength] : text;

    private static void Exit(JourneyEnrollment enrollment, string reason, DateTimeOffset now)
    {
        enrollment.ExitedAt = now;
        enrollment.ExitReason = reason;
        enrollment.NextRunAt = null;
    }
}
