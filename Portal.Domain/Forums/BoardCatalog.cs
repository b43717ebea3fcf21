using Portal.Domain.Garage;

namespace Portal.Domain.Forums;

/// <summary>
/// The boards every install starts with (inserted by the migration): one club per catalog model, then the topic
/// boards. Ids are fixed so the migration data never changes under existing rows.
/// </summary>
public static class BoardCatalog
{
    public static IEnumerable<Board> Create()
    {
        var position = 0;
        foreach (var model in ModelCatalog.Models)
        {
            var shortName = model.Name.Replace("Aurelia ", "", StringComparison.Ordinal);
            yield return new Board
            {
                Id = position + 1,
                Slug = ClubSlug(model.Slug),
                Kind = BoardKind.ModelClub,
                ModelId = model.Id,
                Name = $"{shortName} Club",
                NameZh = $"{shortName} 车主俱乐部",
                Description = $"For everyone who drives an {model.Name}: tips, questions, photos and meet-ups.",
                DescriptionZh = $"{model.Name} 车主的家：用车技巧、问题求助、照片分享和线下聚会。",
                Position = position++,
            };
        }

        foreach (var (slug, name, nameZh, description, descriptionZh) in Topics)
        {
            yield return new Board
            {
                Id = position + 1,
                Slug = slug,
                Kind = BoardKind.Topic,
                Name = name,
                NameZh = nameZh,
                Description = description,
                DescriptionZh = descriptionZh,
                Position = position++,
            };
        }
    }

    /// <summary>The topic board for talk about events, which the events page suggests when it has nothing to show.</summary>
    public const string EventsTalk = "events-talk";

    /// <summary>The board of a model's owners' club, e.g. <c>vela-club</c>.</summary>
    public static string ClubSlug(string modelSlug) => $"{modelSlug}-club";

    private static readonly (string Slug, string Name, string NameZh, string Description, string DescriptionZh)[] Topics =
    [
        ("charging-range", "Charging & range", "充电与续航", "Home chargers, public networks, winter range and real-world consumption.", "家充桩、公共充电网络、冬季续航和真实能耗。"),
        ("maintenance-service", "Maintenance & service", "保养与售后", "Service intervals, tyres, repairs and your experience with service centres.", "保养周期、轮胎、维修，以及售后服务中心的体验。"),
        ("software-connectivity", "Software & connectivity", "软件与车联网", "OTA updates, the app, phone key, navigation and driver assistance.", "OTA 升级、手机 App、数字钥匙、导航和辅助驾驶。"),
        ("road-trips", "Road trips", "自驾游", "Routes, charging stops and stories from the road.", "路线推荐、沿途补能和旅途故事。"),
        (EventsTalk, "Events talk", "活动交流", "Before and after our meet-ups, test drives and track days.", "车友聚会、试驾和赛道日的活动前后交流。"),
        ("feedback", "Feedback to the brand", "品牌意见反馈", "Tell Aurelia what to improve. The product team reads every thread.", "告诉 Aurelia 哪里需要改进，产品团队会阅读每一个帖子。"),
    ];
}
