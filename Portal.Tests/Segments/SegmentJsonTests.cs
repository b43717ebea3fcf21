using System.Text.Json;
using Portal.Domain.Articles;
using Portal.Domain.Engagement;
using Portal.Domain.Segments;

namespace Portal.Tests.Segments;

public sealed class SegmentJsonTests
{
    /// <summary>A segment saved in format 1: it must keep loading as condition kinds are added.</summary>
    private const string SavedVersion1 = """
        {"root":{"match":"All","conditions":[
          {"type":"ownsModel","modelId":1,"year":2024},
          {"type":"region","region":"上海"},
          {"type":"stage","stage":"AtRisk"},
          {"not":true,"type":"activity","activity":"Replied","days":30,"atLeast":2},
          {"type":"group","match":"Any","conditions":[{"type":"verifiedOwner"},{"type":"carWithoutVin","not":true}]}
        ]},"version":1}
        """;

    [Fact]
    public void Every_kind_of_condition_survives_a_round_trip()
    {
        var definition = new SegmentDefinition(new SegmentGroup(SegmentMatch.All,
        [
            new OwnsModelCondition(2, 2023), new VerifiedOwnerCondition(), new RegionCondition("北京"), new AccountAgeCondition(10, null),
            new StageCondition(LifecycleStage.Dormant), new LanguageCondition(null), new LanguageCondition("zh-CN"), new CarWithoutVinCondition { Not = true },
            new SegmentGroup(SegmentMatch.Any,
            [
                new ActivityCondition(SegmentActivity.OpenedNotification, 14), new ViewedBoardCondition(3, 30, 2),
                new ViewedCategoryCondition(ArticleCategory.OwnerStories, 90), new EventCondition(EventParticipation.Attended, 60, 1, EventId: 7, City: "上海"),
            ]) { Not = true },
        ]));

        var json = SegmentJson.Write(definition);
        var back = SegmentJson.Read(json);

        Assert.Equal(json, SegmentJson.Write(back));
        Assert.Equal(9, back.Root.Conditions.Count);
        Assert.IsType<CarWithoutVinCondition>(back.Root.Conditions[7]);
        Assert.True(back.Root.Conditions[7].Not);
        var group = Assert.IsType<SegmentGroup>(back.Root.Conditions[8]);
        Assert.Equal(new EventCondition(EventParticipation.Attended, 60, 1, 7, "上海"), group.Conditions[3]);
        Assert.Contains("\"type\":\"viewedCategory\"", json, StringComparison.Ordinal);
        Assert.Contains("\"category\":\"OwnerStories\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void A_segment_saved_in_format_1_still_loads_with_the_type_anywhere_in_a_node()
    {
        var definition = SegmentJson.Read(SavedVersion1);

        Assert.Equal(1, definition.Version);
        Assert.Equal(new OwnsModelCondition(1, 2024), definition.Root.Conditions[0]);
        Assert.Equal(new ActivityCondition(SegmentActivity.Replied, 30, 2) { Not = true }, definition.Root.Conditions[3]);
        Assert.True(((SegmentGroup)definition.Root.Conditions[4]).Conditions[1].Not);
    }

    [Fact]
    public void Text_that_is_no_definition_is_refused()
    {
        Assert.Throws<JsonException>(() => SegmentJson.Read("""{"root":{"match":"All","conditions":[{"type":"teleported"}]}}"""));
        Assert.Throws<JsonException>(() => SegmentJson.Read("null"));
        Assert.Throws<JsonException>(() => SegmentJson.Read("not json"));
    }
}
