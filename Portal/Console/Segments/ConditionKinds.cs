using System.Globalization;
using Portal.Domain.Articles;
using Portal.Domain.Engagement;
using Portal.Domain.Segments;

namespace Portal.Console.Segments;

/// <summary>The kinds of condition the builder adds, in menu order: a key (<c>Kind.{key}</c> in SegmentsText) and a sensible first value.</summary>
internal static class ConditionKinds
{
    public static IReadOnlyList<(string Key, Func<SegmentOptions, SegmentCondition> Create)> All { get; } =
    [
        ("ownsModel", _ => new OwnsModelCondition(1)),
        ("verifiedOwner", _ => new VerifiedOwnerCondition()),
        ("region", o => new RegionCondition(o.Cities.Count > 0 ? o.Cities[0].Value : "上海")),
        ("accountAge", _ => new AccountAgeCondition(30, null)),
        ("stage", _ => new StageCondition(LifecycleStage.AtRisk)),
        ("language", _ => new LanguageCondition("zh-CN")),
        ("carWithoutVin", _ => new CarWithoutVinCondition()),
        ("activity", _ => new ActivityCondition(SegmentActivity.Replied, 30)),
        ("viewedBoard", o => new ViewedBoardCondition(o.Boards.Count > 0 ? int.Parse(o.Boards[0].Value, CultureInfo.InvariantCulture) : 1, 30)),
        ("viewedCategory", _ => new ViewedCategoryCondition(ArticleCategory.Guides, 30)),
        ("event", _ => new EventCondition(EventParticipation.SignedUp, 90)),
    ];

    /// <summary>The key of a condition's kind.</summary>
    public static string KeyOf(SegmentCondition condition) => condition switch
    {
        OwnsModelCondition => "ownsModel",
        VerifiedOwnerCondition => "verifiedOwner",
        RegionCondition => "region",
        AccountAgeCondition => "accountAge",
        StageCondition => "stage",
        LanguageCondition => "language",
        CarWithoutVinCondition => "carWithoutVin",
        ActivityCondition => "activity",
        ViewedBoardCondition => "viewedBoard",
        ViewedCategoryCondition => "viewedCategory",
        EventCondition => "event",
        _ => "group",
    };
}
