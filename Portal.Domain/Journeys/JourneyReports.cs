using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Portal.Domain.Data;
using Portal.Domain.Engagement;
using Portal.Domain.Engagement.Reports;
using Portal.Domain.Experiments;

namespace Portal.Domain.Journeys;

/// <summary>
/// What journeys did, read from their own tables with grouped counts (never member by member): entrants, members per
/// step, actions and the goal conversion of treated against holdout. Every count of members goes through the
/// <see cref="PrivacyFloor"/>.
/// </summary>
public sealed class JourneyReports(IDbContextFactory<PortalDbContext> contextFactory, PrivacyFloor floor, EngagementCalendar calendar, TimeProvider clock, IStringLocalizer<JourneyLabels> labels)
{
    /// <summary>Days of entrants the journey page charts.</summary>
    public const int ChartDays = 90;

    public int Today => calendar.DayOf(clock.GetUtcNow());

    public ReportPeriod ChartPeriod => ReportPeriod.Last(ChartDays, Today);

    public async Task<IReadOnlyList<JourneySummary>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var journeys = await db.Journeys.AsNoTracking().OrderByDescending(j => j.Id).ToListAsync(cancellationToken);
        var goals = await GoalDaysAsync(db, null, cancellationToken);
        var cohorts = (await CohortsAsync(db, null, cancellationToken)).ToLookup(c => c.JourneyId);
        return [.. journeys.Select(j =>
        {
            var lift = Lift(cohorts[j.Id], goals, j.Id);
            var treated = lift.Comparison;
            return new JourneySummary(j.Id, j.Name, j.Status, floor.Cell(cohorts[j.Id].Sum(c => c.Count), cohorts[j.Id].Sum(c => c.Count)), lift.Withheld ? null : treated.TreatedRate);
        })];
    }

    /// <summary>The journey's page; null when there is no such journey.</summary>
    public async Task<JourneyResults?> ResultsAsync(int id, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (await db.Journeys.AsNoTracking().SingleOrDefaultAsync(j => j.Id == id, cancellationToken) is not { } journey)
        {
            return null;
        }

        var definitions = (await db.JourneyVersions.AsNoTracking().Where(v => v.JourneyId == id).ToListAsync(cancellationToken))
            .ToDictionary(v => v.Version, v => JourneyDefinition.FromJson(v.Definition));
        var cohorts = await CohortsAsync(db, id, cancellationToken);
        var goals = definitions.ToDictionary(d => (id, d.Key), d => d.Value.Goal.Days);
        var entrants = cohorts.Sum(c => c.Count);
        return new JourneyResults(
            journey,
            definitions[journey.CurrentVersion],
            Lift(cohorts, goals, id),
            floor.Cell(entrants, entrants),
            EntrantsTable(cohorts, ChartPeriod),
            await StepsTableAsync(db, journey, definitions, cancellationToken),
            await ActionsTableAsync(db, journey, definitions, cancellationToken));
    }

    /// <summary>The <see cref="JourneyTables.Entrants"/> report of a journey, for its CSV; null for an unknown journey.</summary>
    internal async Task<ReportTable?> TableAsync(string name, string? id, CancellationToken cancellationToken)
    {
        if (!int.TryParse(id, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var journeyId)
            || await ResultsAsync(journeyId, cancellationToken) is not { } results)
        {
            return null;
        }

        return name switch
        {
            JourneyTables.Entrants => results.EntrantsByDay,
            JourneyTables.Steps => results.StepsNow,
            _ => results.Actions,
        };
    }

    private sealed record Cohort(int JourneyId, int Version, bool HeldOut, int EntryDay, bool Reached, int Count);

    private static async Task<List<Cohort>> CohortsAsync(PortalDbContext db, int? journeyId, CancellationToken cancellationToken) =>
        (await db.JourneyEnrollments.AsNoTracking()
            .Where(e => journeyId == null || e.JourneyId == journeyId)
            .GroupBy(e => new { e.JourneyId, e.Version, e.HeldOut, e.EntryDay, Reached = e.GoalReachedAt != null })
            .Select(g => new { g.Key.JourneyId, g.Key.Version, g.Key.HeldOut, g.Key.EntryDay, g.Key.Reached, Count = g.Count() })
            .ToListAsync(cancellationToken))
        .Select(c => new Cohort(c.JourneyId, c.Version, c.HeldOut, c.EntryDay, c.Reached, c.Count))
        .ToList();

    private static async Task<Dictionary<(int, int), int>> GoalDaysAsync(PortalDbContext db, int? journeyId, CancellationToken cancellationToken) =>
        (await db.JourneyVersions.AsNoTracking().Where(v => journeyId == null || v.JourneyId == journeyId).ToListAsync(cancellationToken))
        .ToDictionary(v => (v.JourneyId, v.Version), v => JourneyDefinition.FromJson(v.Definition).Goal.Days);

    /// <summary>Treated against holdout over the entrants whose goal window has closed or who reached the goal.</summary>
    private JourneyLift Lift(IEnumerable<Cohort> cohorts, Dictionary<(int, int), int> goalDays, int journeyId)
    {
        var today = Today;
        var decided = cohorts.Where(c => c.Reached || c.EntryDay + goalDays.GetValueOrDefault((journeyId, c.Version)) < today).ToList();
        int N(bool heldOut) => decided.Where(c => c.HeldOut == heldOut).Sum(c => c.Count);
        int Converted(bool heldOut) => decided.Where(c => c.HeldOut == heldOut && c.Reached).Sum(c => c.Count);
        var comparison = ProportionComparison.Compare(N(false), Converted(false), N(true), Converted(true));
        var groups = new long[]
        {
            comparison.TreatedN, comparison.TreatedConverted, comparison.TreatedN - comparison.TreatedConverted,
            comparison.HoldoutN, comparison.HoldoutConverted, comparison.HoldoutN - comparison.HoldoutConverted,
        };
        return new JourneyLift(comparison, !groups.All(floor.Shows), goalDays.Where(g => g.Key.Item1 == journeyId).Select(g => g.Value).DefaultIfEmpty(0).Max());
    }

    private ReportTable EntrantsTable(IReadOnlyList<Cohort> cohorts, ReportPeriod period)
    {
        var byDay = cohorts.ToLookup(c => c.EntryDay);
        return new ReportTable(
            JourneyTables.Entrants,
            [new("JourneyDay", ReportColumnKind.Day), new("JourneyTreated", ReportColumnKind.Count), new("JourneyHoldout", ReportColumnKind.Count)],
            [.. period.EachDay.Select(day => new ReportRow(
            [
                ReportCell.Day(day),
                ReportCell.Members(floor, byDay[day].Where(c => !c.HeldOut).Sum(c => c.Count)),
                ReportCell.Members(floor, byDay[day].Where(c => c.HeldOut).Sum(c => c.Count)),
            ]))],
            floor.MinGroupSize);
    }

    /// <summary>Members in the journey now per step they are on (a member in a wait counts at the wait), then those who left, per reason.</summary>
    private async Task<ReportTable> StepsTableAsync(PortalDbContext db, Journey journey, Dictionary<int, JourneyDefinition> definitions, CancellationToken cancellationToken)
    {
        var rows = await db.JourneyEnrollments.AsNoTracking()
            .Where(e => e.JourneyId == journey.Id)
            .GroupBy(e => new { e.Version, e.Step, e.ExitReason })
            .Select(g => new { g.Key.Version, g.Key.Step, g.Key.ExitReason, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var inJourney = rows.Where(r => r.ExitReason is null)
            .Select(r => (r.Version, Step: Position(definitions[r.Version].Steps, r.Step), r.Count))
            .GroupBy(r => (r.Version, r.Step))
            .OrderBy(g => g.Key.Version == journey.CurrentVersion).ThenBy(g => g.Key.Version).ThenBy(g => g.Key.Step)
            .Select(g => new ReportRow([ReportCell.Label(StepLabel(journey, definitions, g.Key.Version, g.Key.Step)), ReportCell.Members(floor, g.Sum(r => r.Count))]));
        var left = rows.Where(r => r.ExitReason is not null)
            .GroupBy(r => r.ExitReason!)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new ReportRow([ReportCell.Label(labels[$"Left.{g.Key}"]), ReportCell.Members(floor, g.Sum(r => r.Count))]));
        return new ReportTable(JourneyTables.Steps, [new("JourneyStep", ReportColumnKind.Label), new("JourneyMembers", ReportColumnKind.Count)], [.. inJourney, .. left], floor.MinGroupSize);
    }

    private async Task<ReportTable> ActionsTableAsync(PortalDbContext db, Journey journey, Dictionary<int, JourneyDefinition> definitions, CancellationToken cancellationToken)
    {
        var rows = await db.JourneyActions.AsNoTracking()
            .Where(a => a.JourneyId == journey.Id)
            .GroupBy(a => new { a.Version, a.Step, a.Outcome })
            .Select(g => new { g.Key.Version, g.Key.Step, g.Key.Outcome, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var outcomes = new[] { JourneyActionOutcome.Sent, JourneyActionOutcome.Suppressed, JourneyActionOutcome.HeldOut };
        return new ReportTable(
            JourneyTables.Actions,
            [new("JourneyAction", ReportColumnKind.Label), .. outcomes.Select(o => new ReportColumn($"JourneyOutcome{o}", ReportColumnKind.Count))],
            [.. rows.GroupBy(r => (r.Version, r.Step))
                .OrderBy(g => g.Key.Version).ThenBy(g => g.Key.Step)
                .Select(g => new ReportRow(
                [
                    ReportCell.Label(StepLabel(journey, definitions, g.Key.Version, g.Key.Step)),
                    .. outcomes.Select(o => ReportCell.Members(floor, g.Where(r => r.Outcome == o).Sum(r => r.Count))),
                ]))],
            floor.MinGroupSize);
    }

    /// <summary>Where a member is: at the wait before <paramref name="step"/> while they wait, else at the step itself.</summary>
    private static int Position(List<JourneyStep> steps, int step) => step > 0 && step <= steps.Count && steps[step - 1].Kind == JourneyStepKind.Wait ? step - 1 : step;

    private string StepLabel(Journey journey, Dictionary<int, JourneyDefinition> definitions, int version, int index)
    {
        var steps = definitions[version].Steps;
        var kind = index >= steps.Count ? labels["Kind.Exit"].Value
            : steps[index].Kind == JourneyStepKind.Action ? labels[$"Action.{steps[index].Action}"].Value
            : labels[$"Kind.{steps[index].Kind}"].Value;
        return version == journey.CurrentVersion ? labels["Step", index + 1, kind] : labels["StepOfVersion", version, index + 1, kind];
    }
}
