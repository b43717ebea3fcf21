using Portal.Domain.Articles;

namespace Portal.Domain.Seeding;

/// <summary>
/// The demo articles: ten topics, each in English and Chinese, each written for two models of the catalog, so the
/// 40 articles cover every category and all seven models. <c>{model}</c> in a text becomes the model's name.
/// </summary>
internal static class ArticlesDemoContent
{
    public sealed record Topic(ArticleCategory Category, string[] Tags, int[] Models, string Title, string Summary, string Body, string TitleZh, string SummaryZh, string BodyZh);

    public static IReadOnlyList<Topic> Topics { get; } =
    [
        new(ArticleCategory.Guides, ["charging"], [1, 2],
            "Charging the {model} at home: a practical guide",
            "Which wall box to pick, how fast it charges, and the settings that keep your battery healthy.",
            "Most {model} owners do nine charges in ten at home. A little planning makes those charges cheap, quick and easy on the battery.\n\n## Pick the right wall box\n\n| Charger | Power | 0–100 % |\n|---|---:|---:|\n| Household socket | 2.3 kW | about 30 h |\n| Aurelia Wall Box | 7 kW | about 10 h |\n| Aurelia Wall Box Pro | 11 kW | about 7 h |\n\n### Installation\n\nAsk a certified electrician to check your fuse box first. Most homes need a dedicated 32 A circuit.\n\n## Settings that help\n\n- Set the daily limit to 80 % and raise it to 100 % before long trips.\n- Schedule charging for off-peak hours in the app.\n- Precondition the cabin while still plugged in.\n\n> [!NOTE]\n> Charging to 100 % now and then is fine; leaving the car at 100 % for days is what to avoid.",
            "{model} 家庭充电实用指南",
            "如何挑选家用充电桩、充满需要多久，以及让电池更健康的几个设置。",
            "大多数 {model} 车主九成的充电都在家里完成。稍作规划，就能让充电更省钱、更快，也更爱护电池。\n\n## 选择合适的充电桩\n\n| 充电方式 | 功率 | 0–100 % |\n|---|---:|---:|\n| 家用插座 | 2.3 kW | 约 30 小时 |\n| Aurelia 家用桩 | 7 kW | 约 10 小时 |\n| Aurelia 家用桩 Pro | 11 kW | 约 7 小时 |\n\n### 安装\n\n请先让持证电工检查配电箱。大多数家庭需要一条独立的 32 A 线路。\n\n## 实用设置\n\n- 日常充电上限设为 80 %，长途出行前再调到 100 %。\n- 在 App 中把充电时间设在谷电时段。\n- 插着充电枪时预热或预冷座舱。\n\n> [!NOTE]\n> 偶尔充到 100 % 没有问题；需要避免的是长时间停放在 100 %。"),
        new(ArticleCategory.Guides, ["winter", "range"], [2, 5],
            "Winter range on the {model}: what to expect and how to keep it",
            "Cold batteries hold less and heating costs energy. Here is how much range winter takes and how to win most of it back.",
            "Below freezing, every electric car loses range. On the {model} owners typically see 15–30 % less in deep winter.\n\n## Why range drops\n\nA cold battery accepts and delivers energy more slowly, and heating the cabin draws power that would otherwise move the car.\n\n## Five habits that help\n\n1. Precondition while plugged in, so the grid warms the battery, not the pack.\n2. Use the seat and steering-wheel heating first; they use far less energy than cabin air.\n3. Keep tyres at the recommended winter pressure.\n4. Navigate to fast chargers so the battery warms up on the way.\n5. Park in a garage when you can.\n\n> [!WARNING]\n> Clear snow from the front camera and radar before driving: driver assistance stays off while they are covered.",
            "{model} 冬季续航：会掉多少，怎样保持",
            "低温下电池容量下降、制热也要耗电。本文说明冬季续航会减少多少，以及如何尽量找回来。",
            "气温低于零度时，所有电动车的续航都会下降。{model} 车主在严冬里一般会看到 15–30 % 的减少。\n\n## 续航为什么会下降\n\n低温电池充放电都更慢，座舱制热也会占用本来用于行驶的电量。\n\n## 五个好习惯\n\n1. 插枪状态下预热，让电网而不是电池来加热。\n2. 优先使用座椅和方向盘加热，比空调暖风省电得多。\n3. 按冬季推荐值保持胎压。\n4. 导航到快充站，车辆会在途中自动预热电池。\n5. 尽量停在室内车库。\n\n> [!WARNING]\n> 出发前请清除前摄像头和雷达上的积雪：被遮挡时驾驶辅助无法开启。"),
        new(ArticleCategory.News, ["ota", "software"], [1, 5],
            "OTA 4.2 for the {model}: faster navigation and a calmer lane assist",
            "Release notes for software 4.2: route planning with charging stops, smoother lane keeping and a new driver profile screen.",
            "Software 4.2 starts rolling out to the {model} this week, in waves over about ten days.\n\n## What is new\n\n### Navigation\n\nRoute planning now adds charging stops by itself and shows the expected battery level at arrival.\n\n### Lane assist\n\nSteering corrections are gentler on motorways, and the system warns earlier before it hands back control.\n\n### Driver profiles\n\nSeat, mirrors and climate follow the profile picked on the new start screen.\n\n## How to install\n\nConnect the car to Wi-Fi, open **Settings → Software** and choose *Install tonight*. The update takes about 35 minutes; the car cannot be driven meanwhile.",
            "{model} OTA 4.2：更快的导航，更平顺的车道保持",
            "4.2 版本更新说明：自动规划充电站的路线、更柔和的车道保持，以及新的驾驶员档案界面。",
            "4.2 版软件本周开始向 {model} 分批推送，约十天内推送完毕。\n\n## 新功能\n\n### 导航\n\n路线规划会自动加入充电站，并显示到达时的预计电量。\n\n### 车道保持\n\n高速上的转向修正更柔和，系统交还控制前也会更早提醒。\n\n### 驾驶员档案\n\n座椅、后视镜和空调会跟随启动界面上选择的档案。\n\n## 如何安装\n\n连接 Wi-Fi，打开 **设置 → 软件**，选择 *今晚安装*。更新约需 35 分钟，期间车辆无法行驶。"),
        new(ArticleCategory.ServiceNotices, ["recall", "service"], [3, 7],
            "Service notice: rear seat belt buckle check for the {model}",
            "A voluntary check of the second-row belt buckles on some {model} cars built in 2023. It takes 30 minutes and costs nothing.",
            "Aurelia is asking owners of some {model} cars built between March and July 2023 to book a free check of the second-row seat belt buckles.\n\n## What is affected\n\nIn rare cases the buckle's latch spring may weaken. No injuries have been reported.\n\n## What to do\n\n1. Check whether your car is included: enter the VIN in the app under **Service → Notices**.\n2. Book a visit at any Aurelia service centre.\n3. The check takes about 30 minutes; parts are replaced on the spot when needed.\n\n> [!WARNING]\n> Until the check, ask rear passengers to pull the belt after buckling to make sure it is latched.\n\n> [!NOTE]\n> The check is free, also after the warranty has ended.",
            "服务公告：{model} 后排安全带锁扣检查",
            "部分 2023 年生产的 {model} 将免费检查第二排安全带锁扣，约需 30 分钟。",
            "Aurelia 邀请 2023 年 3 月至 7 月间生产的部分 {model} 车主预约免费检查第二排安全带锁扣。\n\n## 涉及范围\n\n极少数情况下，锁扣内的弹簧可能变弱。目前没有收到受伤报告。\n\n## 车主需要做什么\n\n1. 在 App 的 **服务 → 公告** 中输入车架号，确认车辆是否在范围内。\n2. 预约任意一家 Aurelia 服务中心。\n3. 检查约需 30 分钟，如需更换零件会当场完成。\n\n> [!WARNING]\n> 检查之前，请提醒后排乘客扣好后拉一下安全带，确认已经锁止。\n\n> [!NOTE]\n> 检查免费，保修期结束后同样适用。"),
        new(ArticleCategory.OwnerStories, ["road-trip"], [2, 3],
            "3,000 km along the coast in a {model}",
            "An owner's two-week road trip: the route, the chargers that worked, and the one night we had to improvise.",
            "We planned the trip around the beaches, not the chargers, and the {model} mostly let us.\n\n## The route\n\n| Day | Stretch | km | Charging stops |\n|---|---|---:|---:|\n| 1 | Shanghai → Ningbo | 220 | 0 |\n| 3 | Ningbo → Wenzhou | 290 | 1 |\n| 6 | Wenzhou → Xiamen | 480 | 2 |\n| 10 | Xiamen → Shenzhen | 520 | 2 |\n\n## What worked\n\nFast chargers at motorway service areas were free of queues before 9 am. The app's arrival estimate was never more than 3 % off.\n\n## The improvised night\n\nOne guesthouse's socket tripped the breaker. The owner ran a cable from the kitchen; we left at 70 % and were fine.\n\n### Would we do it again?\n\nYes, with one extra rest day.",
            "开着 {model} 沿海岸线走了 3000 公里",
            "一位车主的两周自驾：路线、靠谱的充电站，以及一个需要临时想办法的夜晚。",
            "我们按海滩而不是充电站来规划行程，{model} 基本上都没拖后腿。\n\n## 路线\n\n| 天 | 路段 | 公里 | 充电次数 |\n|---|---|---:|---:|\n| 1 | 上海 → 宁波 | 220 | 0 |\n| 3 | 宁波 → 温州 | 290 | 1 |\n| 6 | 温州 → 厦门 | 480 | 2 |\n| 10 | 厦门 → 深圳 | 520 | 2 |\n\n## 顺利的地方\n\n早上 9 点前，高速服务区的快充桩基本不用排队。App 预估的到达电量误差从没超过 3 %。\n\n## 临时想办法的那一晚\n\n一家民宿的插座一充电就跳闸。老板从厨房拉了一根线过来；第二天出发时有 70 % 电量，完全够用。\n\n### 还会再去吗？\n\n会，不过要多留一天休息。"),
        new(ArticleCategory.News, ["community", "events"], [4, 6],
            "{model} owners' meet-up season opens in April",
            "Club meet-ups return to twelve cities, with test drives of the newest models and a workshop on tyre care.",
            "The {model} club calendar for spring is out: twelve cities, one Saturday a month each.\n\n## What happens at a meet-up\n\n- Coffee and a look at each other's cars.\n- A tyre-care workshop with our service technicians.\n- Test drives of the latest models, booked on the day.\n\n## How to join\n\nSign up on the events page; places are limited to 40 cars per city. Bring your club badge if you have one.",
            "{model} 车友聚会季 4 月开启",
            "车友会聚会回到 12 座城市，现场可试驾最新车型，还有轮胎保养讲座。",
            "{model} 车友会春季日程公布：12 座城市，每座城市每月一个周六。\n\n## 聚会做什么\n\n- 喝咖啡，看看彼此的爱车。\n- 服务技师主讲的轮胎保养讲座。\n- 现场预约试驾最新车型。\n\n## 如何参加\n\n在活动页面报名；每座城市限 40 辆车。有车友会徽章的朋友记得带上。"),
        new(ArticleCategory.Guides, ["maintenance", "service"], [4, 3],
            "The {model} service schedule explained",
            "What is checked at each service, what a hybrid needs that an electric car does not, and what you can skip.",
            "The {model} needs less servicing than most owners expect, but a few items matter.\n\n## Every year or 20,000 km\n\n- Brake fluid check, cabin filter, tyre rotation.\n- A software health check and battery report.\n\n## Every two years\n\n- Brake fluid replacement.\n- Coolant check for the battery and the engine.\n\n### What you can do yourself\n\nWasher fluid, wiper blades and tyre pressure. Everything else is best left to a service centre.\n\n> [!NOTE]\n> The car reminds you of each service on the centre screen about a month ahead.",
            "{model} 保养周期说明",
            "每次保养检查什么、混动车型比纯电多了哪些项目，以及哪些可以不做。",
            "{model} 需要的保养比大多数车主想象的少，但有几项不能忽视。\n\n## 每年或 2 万公里\n\n- 检查制动液、更换空调滤芯、轮胎换位。\n- 软件健康检查和电池报告。\n\n## 每两年\n\n- 更换制动液。\n- 检查电池和发动机的冷却液。\n\n### 可以自己做的\n\n玻璃水、雨刮片和胎压。其余项目最好交给服务中心。\n\n> [!NOTE]\n> 每次保养前约一个月，中控屏会提醒你。"),
        new(ArticleCategory.OwnerStories, ["family"], [7, 6],
            "Five kids, two dogs and one {model}",
            "A family of seven on why they chose the {model}, and what a year of school runs and camping weekends taught them.",
            "When our twins arrived we needed seven seats, a big boot and a car the dogs would not ruin.\n\n## Why the {model}\n\nThe third row fits teenagers, the boot still takes the dog crate, and the floor is flat enough to clean with a hose.\n\n## A year in numbers\n\n| | |\n|---|---:|\n| Distance | 24,300 km |\n| Average use | 17.8 kWh/100 km |\n| Camping weekends | 11 |\n\n## What we would change\n\nA second charging cable for the campsite. That is all.",
            "五个孩子、两条狗和一辆 {model}",
            "一个七口之家讲述为什么选了 {model}，以及一年接送上学和周末露营的体会。",
            "双胞胎出生后，我们需要七个座位、一个大后备箱，还得是一辆不怕狗折腾的车。\n\n## 为什么选 {model}\n\n第三排坐得下青少年，后备箱还能放下狗笼，地板平整，直接用水管就能冲洗。\n\n## 一年的数据\n\n| | |\n|---|---:|\n| 里程 | 24,300 公里 |\n| 平均电耗 | 17.8 kWh/100 km |\n| 露营周末 | 11 个 |\n\n## 想改进的地方\n\n再买一根充电线放在营地用。仅此而已。"),
        new(ArticleCategory.ServiceNotices, ["software", "service"], [5, 1],
            "Known issue: phone key slow to wake the {model} in underground car parks",
            "Some owners wait several seconds for the phone key in car parks without signal. A fix is in testing; here is the workaround.",
            "Several {model} owners have told us the phone key can take up to ten seconds to unlock the car in underground car parks.\n\n## The cause\n\nWithout mobile signal, the phone falls back to Bluetooth only, and some phones put the app to sleep.\n\n## Workaround\n\n1. Allow the Aurelia app to run in the background.\n2. Keep the key card in your wallet as a backup.\n\n> [!NOTE]\n> A fix comes with software 4.3. We will post here when it ships.",
            "已知问题：地下车库中手机钥匙唤醒 {model} 较慢",
            "部分车主在没有信号的车库里要等好几秒手机钥匙才生效。修复正在测试中，先看看临时办法。",
            "多位 {model} 车主反馈，在地下车库里用手机钥匙开锁最多要等十秒。\n\n## 原因\n\n没有移动信号时，手机只能通过蓝牙连接，而部分手机会让 App 进入休眠。\n\n## 临时办法\n\n1. 允许 Aurelia App 在后台运行。\n2. 钱包里常备钥匙卡作为备用。\n\n> [!NOTE]\n> 修复将随 4.3 版软件推送，届时我们会在这里通知。"),
        new(ArticleCategory.News, ["launch"], [6, 7],
            "The 2027 {model}: longer range and a quieter cabin",
            "First details of the 2027 model year: a new battery chemistry, acoustic glass and more towing capacity.",
            "The 2027 {model} arrives in showrooms in the autumn. Here is what changes.\n\n## Highlights\n\n| | 2026 | 2027 |\n|---|---:|---:|\n| Range (CLTC) | 560 km | 630 km |\n| Fast charge 10–80 % | 28 min | 22 min |\n| Towing | 1,600 kg | 2,000 kg |\n\n## Quieter inside\n\nAcoustic glass on all side windows and new door seals cut wind noise at motorway speed.\n\n### Existing owners\n\nThe new driver-assistance software also comes to current cars through an update.",
            "2027 款 {model}：续航更长，座舱更安静",
            "2027 年款首批信息：新的电池化学体系、隔音玻璃和更强的拖挂能力。",
            "2027 款 {model} 将于秋季到店。以下是主要变化。\n\n## 亮点\n\n| | 2026 款 | 2027 款 |\n|---|---:|---:|\n| 续航（CLTC） | 560 公里 | 630 公里 |\n| 快充 10–80 % | 28 分钟 | 22 分钟 |\n| 拖挂 | 1,600 kg | 2,000 kg |\n\n## 更安静的座舱\n\n所有侧窗采用隔音玻璃，并换用新的门密封条，高速风噪明显降低。\n\n### 现有车主\n\n新的驾驶辅助软件也会通过更新推送到现款车型。"),
    ];

    /// <summary>What owners write under an article in its discussion thread (1 to 4 of these per published article).</summary>
    public static IReadOnlyList<string> Replies { get; } =
    [
        "Thanks, this is exactly what I was looking for.",
        "Saved for later. Does this also apply to cars built before 2024?",
        "Tried this last weekend and it works as described.",
        "Good write-up. It would help to have the same for the older software version.",
        "Our club went through this at the last meet-up; nice to have it in one place.",
        "Clear and to the point. More of these, please!",
        "One thing I would add: check the app's notifications too, mine had a reminder about this.",
        "My service centre told me the same thing last month.",
    ];

    /// <summary>The Chinese counterparts of <see cref="Replies"/>.</summary>
    public static IReadOnlyList<string> RepliesZh { get; } =
    [
        "谢谢分享，正是我想找的内容。",
        "先收藏了。请问 2024 年以前的车也适用吗？",
        "上周末试了一下，确实和文中说的一样。",
        "写得很清楚，希望旧版本软件也能出一篇。",
        "上次车友会刚好聊到这个，整理在一起很方便。",
        "简洁明了，希望多出这样的文章！",
        "补充一点：App 的通知里也有相关提醒，记得看一下。",
        "上个月服务中心也是这么跟我说的。",
    ];
}
