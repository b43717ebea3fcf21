using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Portal.Domain.Accounts;
using Portal.Domain.Data;

namespace Portal.Domain.Journeys;

/// <summary>
/// The operators' use cases of journeys: save (a draft in place; a started journey's edit as a new version that only
/// new entrants get), start, pause, resume and stop.
/// </summary>
public sealed class JourneyService(IDbContextFactory<PortalDbContext> contextFactory, JourneyEntrants entrants, TimeProvider clock)
{
    /// <summary>The journey's settings and its current version's definition, for the editor; null when there is none.</summary>
    public async Task<(Journey Journey, JourneyDefinition Definition)?> FindAsync(int id, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (await db.Journeys.AsNoTracking().SingleOrDefaultAsync(j => j.Id == id, cancellationToken) is not { } journey)
        {
            return null;
        }

        return (journey, await JourneyEntrants.DefinitionAsync(db, id, journey.CurrentVersion, cancellationToken));
    }

    /// <summary>Creates a draft (<paramref name="id"/> null) or saves an existing journey; returns its id.</summary>
    public async Task<Result<int>> SaveAsync(int? id, JourneyInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (JourneyRules.Check(input) is { Count: > 0 } problems)
        {
            return Result.Fail([.. problems]).As<int>();
        }

        var now = clock.GetUtcNow();
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var named = JourneyRules.SegmentsNamed(input.Definition).ToList();
        var segmentIds = named.Select(n => n.SegmentId).Distinct().ToList();
        var known = await db.Segments.Where(s => segmentIds.Contains(s.Id)).Select(s => s.Id).ToListAsync(cancellationToken);
        if (named.Where(n => !known.Contains(n.SegmentId)).Select(n => new Problem(JourneyProblems.SegmentUnknown, n.Field)).ToArray() is { Length: > 0 } unknown)
        {
            return Result.Fail(unknown).As<int>();
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var journey = id is null ? null : await db.Journeys.SingleOrDefaultAsync(j => j.Id == id, cancellationToken);
        if (id is not null && journey is null)
        {
            return Result.Fail(JourneyProblems.NotFound).As<int>();
        }

        if (journey is { Status: JourneyStatus.Stopped })
        {
            return Result.Fail(JourneyProblems.WrongStatus).As<int>();
        }

        var definition = input.Definition.ToJson();
        if (journey is null)
        {
            journey = new Journey { Name = "", Status = JourneyStatus.Draft, CurrentVersion = 1, CreatedAt = now };
            db.Journeys.Add(journey);
            Apply(journey, input);
            await db.SaveChangesAsync(cancellationToken);
            db.JourneyVersions.Add(new JourneyVersion { JourneyId = journey.Id, Version = 1, Definition = definition, CreatedAt = now });
        }
        else
        {
            Apply(journey, input);
            var current = await db.JourneyVersions.SingleAsync(v => v.JourneyId == journey.Id && v.Version == journey.CurrentVersion, cancellationToken);
            if (current.FrozenAt is null)
            {
                current.Definition = definition;
            }
            else if (current.Definition != definition)
            {
                // Members already in the journey keep walking the frozen steps; new entrants get this version.
                journey.CurrentVersion++;
                db.JourneyVersions.Add(new JourneyVersion { JourneyId = journey.Id, Version = journey.CurrentVersion, Definition = definition, CreatedAt = now, FrozenAt = now });
                await entrants.BaselineAsync(db, journey.Id, input.Definition.Trigger, cancellationToken);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Result.Success(journey.Id);
    }

    /// <summary>Starts a draft: its version freezes, and members the trigger brings in from now on enter.</summary>
    public Task<Result> StartAsync(int id, string operatorId, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, JourneyStatus.Draft, JourneyStatus.Running, operatorId, AuditActions.JourneyStarted, cancellationToken);

    /// <summary>Holds a running journey: no one enters, no one moves; members stay on their step.</summary>
    public Task<Result> PauseAsync(int id, string operatorId, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, JourneyStatus.Running, JourneyStatus.Paused, operatorId, AuditActions.JourneyPaused, cancellationToken);

    /// <summary>Resumes a paused journey: members move on from their step; those the trigger brought in while it was paused do not enter.</summary>
    public Task<Result> ResumeAsync(int id, string operatorId, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, JourneyStatus.Paused, JourneyStatus.Running, operatorId, AuditActions.JourneyResumed, cancellationToken);

    /// <summary>Ends a journey for good: every member still in it leaves.</summary>
    public Task<Result> StopAsync(int id, string operatorId, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, null, JourneyStatus.Stopped, operatorId, AuditActions.JourneyStopped, cancellationToken);

    /// <summary>Moves the journey from <paramref name="from"/> (any but stopped when null) to <paramref name="to"/>, audited as <paramref name="action"/> in the same transaction.</summary>
    private async Task<Result> ChangeAsync(int id, JourneyStatus? from, JourneyStatus to, string operatorId, string action, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await db.Journeys.SingleOrDefaultAsync(j => j.Id == id, cancellationToken) is not { } journey)
        {
            return Result.Fail(JourneyProblems.NotFound);
        }

        if ((from is { } required && journey.Status != required) || journey.Status == JourneyStatus.Stopped)
        {
            return Result.Fail(JourneyProblems.WrongStatus);
        }

        journey.Status = to;
        if (to == JourneyStatus.Running)
        {
            journey.StartedAt ??= now;
            journey.Watermark = now;
            var version = await db.JourneyVersions.SingleAsync(v => v.JourneyId == id && v.Version == journey.CurrentVersion, cancellationToken);
            version.FrozenAt ??= now;
            await entrants.BaselineAsync(db, id, JourneyDefinition.FromJson(version.Definition).Trigger, cancellationToken);
        }
        else if (to == JourneyStatus.Stopped)
        {
            journey.StoppedAt = now;
            await db.JourneyEnrollments.Where(e => e.JourneyId == id && e.ExitedAt == null)
                .ExecuteUpdateAsync(
                    s => s.SetProperty(e => e.ExitedAt, now).SetProperty(e => e.ExitReason, JourneyExits.Stopped).SetProperty(e => e.NextRunAt, (DateTimeOffset?)null),
                    cancellationToken);
        }

        db.AuditEntries.Add(new AuditEntry
        {
            ActorId = operatorId,
            Action = action,
            TargetType = "journey",
            TargetId = id.ToString(CultureInfo.InvariantCulture),
            Detail = journey.Name,
            At = now,
        });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Result.Ok;
    }

    private static void Apply(Journey journey, JourneyInput input)
    {
        journey.Name = input.Name.Trim();
        journey.HoldoutShare = input.HoldoutPercent / 100.0;
        journey.ReentryDays = input.ReentryDays;
    }
}
