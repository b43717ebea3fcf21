using Portal.Domain.Articles;
using Portal.Domain.Engagement;
using Portal.Domain.Segments;

namespace Portal.Tests.Segments;

/// <summary>Random condition trees (nested AND/OR groups, every kind of condition, "not" now and then) over a <see cref="SegmentWorld"/>'s values.</summary>
internal sealed class RandomSegments(SegmentWorld world, int seed)
{
    private static readonly int[] Windows = [1, 3, 7, 14, 30, 45, 90];
    private readonly Random random = new(seed);

    public SegmentDefinition Next() => new(Group(depth: 1));

    private SegmentGroup Group(int depth)
    {
        var conditions = Enumerable.Range(0, random.Next(0, 4))
            .Select(_ => depth < 3 && random.Next(4) == 0 ? Group(depth + 1) : Condition())
            .ToList();
        return new SegmentGroup(random.Next(2) == 0 ? SegmentMatch.All : SegmentMatch.Any, conditions) { Not = depth > 1 && random.Next(5) == 0 };
    }

    private SegmentCondition Condition()
    {
        SegmentCondition condition = random.Next(12) switch
        {
            0 => new OwnsModelCondition(random.Next(1, 5), random.Next(3) == 0 ? random.Next(2020, 2026) : null),
            1 => new VerifiedOwnerCondition(),
            2 => new RegionCondition(Pick(["上海", "北京", "杭州", "广州"])),
            3 => new AccountAgeCondition(random.Next(2) == 0 ? random.Next(0, 200) : null, random.Next(2) == 0 ? random.Next(200, 400) : null),
            4 => new StageCondition((LifecycleStage)random.Next(0, 4)),
            5 => new LanguageCondition(Pick<string?>([null, "en", "zh-CN"])),
            6 => new CarWithoutVinCondition(),
            7 => new ActivityCondition((SegmentActivity)random.Next(0, 5), Pick(Windows), AtLeast()),
            8 => new ViewedBoardCondition(Pick(world.Boards), Pick(Windows), AtLeast()),
            9 => new ViewedCategoryCondition((ArticleCategory)random.Next(0, 4), Pick(Windows), AtLeast()),
            _ => new EventCondition(
                (EventParticipation)random.Next(0, 2), Pick(Windows), AtLeast(),
                random.Next(3) == 0 ? Pick(world.Events) : null,
                random.Next(3) == 0 ? Pick(SegmentWorld.EventCities) : null),
        };
        return condition with { Not = random.Next(4) == 0 };
    }

    private int AtLeast() => random.Next(3) == 0 ? random.Next(2, 5) : 1;

    private T Pick<T>(IReadOnlyList<T> values) => values[random.Next(values.Count)];
}
