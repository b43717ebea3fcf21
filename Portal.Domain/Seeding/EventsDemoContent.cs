using Portal.Domain.Events;

namespace Portal.Domain.Seeding;

/// <summary>The demo events: where, when (days from the seeding day, local hour), how big and how full.</summary>
internal static class EventsDemoContent
{
    /// <param name="Fill">Share of the capacity signed up (above 1: a full event with a waitlist of the excess).</param>
    /// <param name="Model">Only owners of this catalog model may sign up.</param>
    /// <param name="Weekday">The day the title names (周三, a weekend…): the event moves from <paramref name="DaysFromNow"/> to the next such day.</param>
    internal sealed record EventText(
        string Title, string City, string Venue, string Address, int DaysFromNow, int Hour, int Hours, int Capacity, double Fill,
        int MaxGuests = 1, int? Model = null, bool VerifiedOnly = false, bool Online = false, string Zone = "Asia/Shanghai", DayOfWeek? Weekday = null);

    public static readonly EventText[] Events =
    [
        new("上海车主冬季见面会", "上海", "西岸艺术中心", "徐汇区龙腾大道 2555 号", 9, 14, 3, 80, 0.7),
        new("Vela 车主专属：山路试驾日", "杭州", "Aurelia 杭州体验中心", "西湖区文三路 90 号", 16, 9, 6, 24, 0.5, Model: 2),
        new("Factory tour: Aurelia Ningbo plant", "宁波", "Aurelia Ningbo Plant", "Hangzhou Bay New Zone, Binhai Road 1", 21, 10, 4, 20, 1.3, MaxGuests: 0),
        new("珠海赛道日（认证车主）", "珠海", "珠海国际赛车场", "金湾区金鼎镇", 30, 8, 9, 40, 0.6, VerifiedOnly: true),
        new("Beijing charging network launch", "北京", "Aurelia Beijing Sanlitun", "Chaoyang District, Sanlitun Road 19", 5, 19, 2, 150, 0.45, MaxGuests: 2),
        new("深圳亲子露营周末", "深圳", "大鹏半岛露营地", "大鹏新区南澳街道", 12, 10, 28, 30, 0.8, MaxGuests: 3, Weekday: DayOfWeek.Saturday),
        new("成都车友会 1 月聚会", "成都", "Aurelia 成都太古里店", "锦江区中纱帽街 8 号", 40, 15, 3, 60, 0.25),
        new("Online: OTA 5.3 walkthrough with the software team", "Online", "", "", 3, 20, 1, 500, 0.3, MaxGuests: 0, Online: true),
        new("南京新 Nova 静态品鉴", "南京", "德基广场 1 层", "玄武区中山路 18 号", 7, 11, 8, 50, 0.9, Model: 1),
        new("Singapore owners' breakfast drive", "Singapore", "Marina Barrage", "8 Marina Gardens Dr", 19, 7, 3, 25, 0.4, Zone: "Asia/Singapore"),
        new("广州冬季安全检测日", "广州", "Aurelia 广州天河服务中心", "天河区黄埔大道西 100 号", 25, 9, 8, 100, 0.2),
        new("苏州金鸡湖夜骑 & 夜跑", "苏州", "金鸡湖李公堤", "工业园区李公堤", 2, 19, 2, 40, 0.95),
        new("London owners' meet at Goodwood", "London", "Goodwood Motor Circuit", "Chichester PO18 0PH", 34, 10, 6, 60, 0.3, Zone: "Europe/London"),
        new("上海秋季车主见面会", "上海", "世博文化公园", "浦东新区南园路 1 号", -40, 14, 3, 80, 0.85),
        new("Track day at Zhuhai (autumn)", "珠海", "Zhuhai International Circuit", "Jinwan District", -25, 8, 9, 40, 1.0),
        new("杭州充电站开业仪式", "杭州", "Aurelia 滨江超充站", "滨江区江南大道 588 号", -15, 10, 2, 120, 0.6, MaxGuests: 2),
        new("Beijing winter driving clinic", "北京", "Aurelia Beijing Yizhuang", "Yizhuang, Kechuang 13th Street", -60, 9, 5, 30, 0.9),
        new("成都车友会 11 月聚会", "成都", "龙泉山城市森林公园", "龙泉驿区", -20, 14, 4, 70, 0.9, MaxGuests: 2),
        new("Terra 车主露营装备分享会", "深圳", "前海壹方城", "南山区前海", -8, 15, 2, 35, 0.7, Model: 3),
        new("Shenzhen factory open day", "深圳", "Aurelia Shenzhen Plant", "Pingshan District", -90, 10, 5, 50, 0.8),
    ];

    /// <summary>A weekly series on Wednesday evenings, as its title says: each occurrence its own event, with its own seats.</summary>
    public static readonly EventText SeriesText = new("周三晚充电知识小课堂", "上海", "Aurelia 上海静安店", "静安区南京西路 1266 号", 1, 19, 1, 20, 0.6, Weekday: DayOfWeek.Wednesday);

    public const int SeriesOccurrences = 5;

    /// <summary>What attendees write in a past event's discussion (1 to 4 of these per event).</summary>
    public static IReadOnlyList<string> Replies { get; } =
    [
        "Thanks to the team for organising, great to put faces to the names from the forum.",
        "Uploaded my photos to the club album, the light was perfect in the afternoon.",
        "Learned more in two hours than in a year of reading manuals. Same time next year?",
        "Nice to see so many cars in one place. The coffee was good too!",
        "My kids loved it. Count us in for the next one.",
        "Well run from check-in to the end. A bit more parking would help next time.",
    ];

    /// <summary>The Chinese counterparts of <see cref="Replies"/>.</summary>
    public static IReadOnlyList<string> RepliesZh { get; } =
    [
        "感谢工作人员的组织，终于见到了论坛里的各位车友本人！",
        "照片已经传到车友群相册了，下午的光线特别好。",
        "两个小时学到的比看一年说明书还多，明年还来！",
        "第一次见到这么多同款车停在一起，咖啡也很好喝。",
        "孩子玩得特别开心，下次活动我们全家还报名。",
        "签到到结束都很顺利，下次停车位再多一点就更好了。",
    ];

    public static string Description(EventText text) =>
        text.Title.Any(c => c > 0x2E80)
            ? $"欢迎各位车主参加 **{text.Title}**！\n\n- 现场有茶歇和周边礼品\n- 名额有限，请准时到场\n- 如不能参加，请提前取消报名，把名额留给候补的车友\n\n地点：{text.Venue}"
            : $"Join fellow owners for **{text.Title}**.\n\n- Coffee and snacks on site\n- Seats are limited: please arrive on time\n- Can't make it? Cancel your sign-up so someone on the waitlist gets your seat\n\nWhere: {(text.Online ? "online, the link is sent to confirmed attendees" : text.Venue)}";

    public static EventQuestion[] Questions(EventText text) => text.Title.Any(c => c > 0x2E80)
        ?
        [
            new() { Position = 0, Kind = EventQuestionKind.Choice, Prompt = "你开什么车来？", Choices = "Nova\nVela\nTerra\n其他", Required = true },
            new() { Position = 1, Kind = EventQuestionKind.YesNo, Prompt = "需要停车位吗？", Required = false },
        ]
        :
        [
            new() { Position = 0, Kind = EventQuestionKind.ShortText, Prompt = "Dietary needs?", Required = false },
            new() { Position = 1, Kind = EventQuestionKind.YesNo, Prompt = "First Aurelia event?", Required = false },
        ];
}
