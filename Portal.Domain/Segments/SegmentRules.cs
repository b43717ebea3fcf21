using Portal.Domain.Events;
using Portal.Domain.Garage;

namespace Portal.Domain.Segments;

/// <summary>What a segment definition may hold: every problem in it, or none.</summary>
public static class SegmentRules
{
    public const int MaxConditions = 40;
    public const int MaxDepth = 4;
    public const int MaxDays = 730;
    public const int MaxAtLeast = 10_000;
    public const int MaxAccountAgeDays = 36_500;
    public const int CultureMaxLength = 16;
    public const string Field = "Definition";

    /// <summary>The problems of <paramref name="definition"/>; model years are checked against <paramref name="currentYear"/>.</summary>
    public static IReadOnlyList<Problem> Validate(SegmentDefinition definition, int currentYear)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var problems = new List<Problem>();
        var count = 0;
        var depth = 0;
        Visit(definition.Root, currentYear, 1, ref count, ref depth, problems);
        if (count > MaxConditions || depth > MaxDepth)
        {
            problems.Insert(0, new Problem(SegmentProblems.TooComplex, Field, MaxConditions, MaxDepth));
        }

        return [.. problems.DistinctBy(p => p.Code)];
    }

    private static void Visit(SegmentCondition condition, int currentYear, int level, ref int count, ref int depth, List<Problem> problems)
    {
        if (condition is SegmentGroup group)
        {
            depth = Math.Max(depth, level);
            if (!Enum.IsDefined(group.Match) || group.Conditions is null)
            {
                problems.Add(new Problem(SegmentProblems.BadValue, Field));
                return;
            }

            foreach (var child in group.Conditions)
            {
                if (child is null)
                {
                    problems.Add(new Problem(SegmentProblems.BadValue, Field));
                    continue;
                }

                Visit(child, currentYear, level + 1, ref count, ref depth, problems);
            }

            return;
        }

        count++;
        if (Check(condition, currentYear) is { } code)
        {
            problems.Add(new Problem(code, Field, Args(code)));
        }
    }

    private static string? Check(SegmentCondition condition, int currentYear) => condition switch
    {
        BehaviourCondition { Days: < 1 or > MaxDays } => SegmentProblems.BadWindow,
        BehaviourCondition { AtLeast: < 1 or > MaxAtLeast } => SegmentProblems.BadAtLeast,
        OwnsModelCondition model when !ModelCatalog.Models.Any(m => m.Id == model.ModelId) => SegmentProblems.UnknownModel,
        OwnsModelCondition { Year: { } year } model when !ModelCatalog.Models.Single(m => m.Id == model.ModelId).OffersYear(year, currentYear) => SegmentProblems.BadYear,
        RegionCondition region when string.IsNullOrWhiteSpace(region.Region) => SegmentProblems.RegionRequired,
        RegionCondition region when region.Region.Trim().Length > Accounts.PortalUser.CityMaxLength => SegmentProblems.BadValue,
        AccountAgeCondition age when !AgeFits(age) => SegmentProblems.BadAccountAge,
        StageCondition stage when !Enum.IsDefined(stage.Stage) => SegmentProblems.BadValue,
        LanguageCondition { Culture: { } culture } when culture.Length is 0 or > CultureMaxLength => SegmentProblems.BadValue,
        ActivityCondition activity when !Enum.IsDefined(activity.Activity) => SegmentProblems.BadValue,
        ViewedBoardCondition board when board.BoardId <= 0 => SegmentProblems.BadValue,
        ViewedCategoryCondition category when !Enum.IsDefined(category.Category) => SegmentProblems.BadValue,
        EventCondition e when !Enum.IsDefined(e.Participation) || e.EventId <= 0 || (e.City is { } city && (city.Length == 0 || city.Length > OwnerEvent.CityMaxLength)) => SegmentProblems.BadValue,
        _ => null,
    };

    private static object[] Args(string code) => code switch
    {
        SegmentProblems.BadWindow => [MaxDays],
        SegmentProblems.BadAtLeast => [MaxAtLeast],
        _ => [],
    };

    private static bool AgeFits(AccountAgeCondition age) =>
        age.AtLeastDays is null or (>= 0 and <= MaxAccountAgeDays)
        && age.AtMostDays is null or (>= 0 and <= MaxAccountAgeDays)
        && !(age.AtLeastDays > age.AtMostDays)
        && (age.AtLeastDays is not null || age.AtMostDays is not null);
}
