using System.Text.RegularExpressions;

namespace Portal.Domain.Journeys;

/// <summary>The one validation of a journey's settings and definition: each problem names the form field it belongs to.</summary>
public static partial class JourneyRules
{
    public const int MaxHoldoutPercent = 50;
    public const int MaxSteps = 20;
    public const int MaxDays = 365;
    public const int MaxGoalDays = 90;
    public const int MaxWaitHours = 24 * 90;
    public const int MaxCount = 1000;

    /// <summary>The saved segments a definition names (its trigger and its segment conditions), for the service to check they exist.</summary>
    public static IEnumerable<(int SegmentId, string Field)> SegmentsNamed(JourneyDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        if (definition.Trigger.Kind == JourneyTriggerKind.EnteredSegment && definition.Trigger.SegmentId is { } trigger)
        {
            yield return (trigger, "Trigger");
        }

        for (var i = 0; i < definition.Steps.Count; i++)
        {
            if (definition.Steps[i] is { Kind: JourneyStepKind.Condition, Condition: JourneyConditionKind.Segment, SegmentId: { } segment })
            {
                yield return (segment, StepField(i));
            }
        }
    }

    public static IReadOnlyList<Problem> Check(JourneyInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var problems = new List<Problem>();
        var name = input.Name.Trim();
        if (name.Length == 0)
        {
            problems.Add(new Problem(JourneyProblems.NameRequired, nameof(input.Name)));
        }
        else if (name.Length > Journey.NameMaxLength)
        {
            problems.Add(new Problem(JourneyProblems.NameTooLong, nameof(input.Name), Journey.NameMaxLength));
        }

        if (input.HoldoutPercent is < 0 or > MaxHoldoutPercent)
        {
            problems.Add(new Problem(JourneyProblems.HoldoutRange, nameof(input.HoldoutPercent), MaxHoldoutPercent));
        }

        if (input.ReentryDays is < 1 or > MaxDays)
        {
            problems.Add(new Problem(JourneyProblems.ReentryRange, nameof(input.ReentryDays), MaxDays));
        }

        var definition = input.Definition;
        if (definition.Trigger.Kind == JourneyTriggerKind.EnteredSegment && definition.Trigger.SegmentId is null)
        {
            problems.Add(new Problem(JourneyProblems.SegmentUnknown, "Trigger"));
        }

        if (definition.Trigger.Kind == JourneyTriggerKind.Inactive && definition.Trigger.Days is < 1 or > MaxDays)
        {
            problems.Add(new Problem(JourneyProblems.TriggerDaysRange, "Trigger", MaxDays));
        }

        if (definition.Goal.Days is < 1 or > MaxGoalDays)
        {
            problems.Add(new Problem(JourneyProblems.GoalDaysRange, "Goal", MaxGoalDays));
        }

        if (definition.Steps.Count == 0)
        {
            problems.Add(new Problem(JourneyProblems.NoSteps, "Steps"));
        }
        else if (definition.Steps.Count > MaxSteps)
        {
            problems.Add(new Problem(JourneyProblems.TooManySteps, "Steps", MaxSteps));
        }

        for (var i = 0; i < definition.Steps.Count; i++)
        {
            if (CheckStep(definition.Steps[i], i, definition.Steps.Count) is { } problem)
            {
                problems.Add(problem with { Field = StepField(i) });
            }
        }

        return problems;
    }

    /// <summary>The form field of step <paramref name="index"/>'s problems.</summary>
    public static string StepField(int index) => FormattableString.Invariant($"Steps[{index}]");

    private static Problem? CheckStep(JourneyStep step, int index, int count) => step.Kind switch
    {
        JourneyStepKind.Wait when step.WaitHours is < 1 or > MaxWaitHours => new Problem(JourneyProblems.WaitRange, null, MaxWaitHours / 24),
        JourneyStepKind.Wait when step.WaitHours is null && step.UntilHour is < 0 or > 23 => new Problem(JourneyProblems.HourRange),
        JourneyStepKind.Condition when step.Condition == JourneyConditionKind.Segment && step.SegmentId is null => new Problem(JourneyProblems.SegmentUnknown),
        JourneyStepKind.Condition when step.Condition == JourneyConditionKind.Behaviour && !JourneyBehaviours.All.Contains(step.Behaviour) => new Problem(JourneyProblems.BehaviourUnknown),
        JourneyStepKind.Condition when step.Condition == JourneyConditionKind.Behaviour && step.MinCount is < 1 or > MaxCount => new Problem(JourneyProblems.CountRange, null, MaxCount),
        JourneyStepKind.Condition when !IsLater(step.Then, index, count) || !IsLater(step.Else, index, count) => new Problem(JourneyProblems.BranchTarget),
        JourneyStepKind.Action => CheckAction(step),
        _ => null,
    };

    private static Problem? CheckAction(JourneyStep step)
    {
        if (step.Action is JourneyActionKind.AddTag or JourneyActionKind.RemoveTag)
        {
            return TagPattern().IsMatch(step.Tag) ? null : new Problem(JourneyProblems.TagInvalid, null, MemberTag.TagMaxLength);
        }

        if (string.IsNullOrWhiteSpace(step.Text) || string.IsNullOrWhiteSpace(step.TextZh))
        {
            return new Problem(JourneyProblems.TextRequired);
        }

        return step.Text.Length > JourneyStep.TextMaxLength || step.TextZh.Length > JourneyStep.TextMaxLength
            ? new Problem(JourneyProblems.TextTooLong, null, JourneyStep.TextMaxLength)
            : null;
    }

    private static bool IsLater(int? target, int index, int count) => target is null || (target > index && target < count);

    /// <summary>Lower-case letters, digits and dashes, 1 to 40 characters.</summary>
    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,39}$")]
    private static partial Regex TagPattern();
}
